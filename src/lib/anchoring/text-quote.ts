import { closestPassage } from './closest-passage';
import { createSearcher, type Searcher } from './multi-search';
import { normalizeQuote, normalizeWithMap } from './normalize-text';

/** A W3C Web Annotation TextQuoteSelector: the exact text, with optional context to tell repeats apart. */
export interface TextQuote {
	exact: string;
	prefix?: string | undefined;
	suffix?: string | undefined;
}

/** A quote to anchor, with the caller's key for it. */
export interface QuoteTarget extends TextQuote {
	key: string;
	/** Allow the quote to start or end inside a word. Off by default: a half-word highlight misleads. */
	partialWords?: boolean | undefined;
}

/** A name to find as a whole word (entity mentions), with the caller's key for it. */
export interface TermTarget {
	key: string;
	text: string;
}

/** A span of the source text, `[start, end)` in source characters. */
export interface Span {
	key: string;
	start: number;
	end: number;
}

export type ProblemKind = 'empty' | 'not-found' | 'ambiguous' | 'context-mismatch' | 'partial-word';

export interface AnchorProblem {
	key: string;
	kind: ProblemKind;
	/** One paragraph in plain words: what was expected, what was found, how to fix it. */
	message: string;
}

export interface AnchorOptions {
	/** Names a place in the source for messages, such as `paragraph 5`. */
	describeOffset?: (offset: number) => string;
}

export interface AnchorResult {
	quotes: Span[];
	terms: Span[];
	problems: AnchorProblem[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const CONTEXT_WORDS = 8;

/**
 * Finds every quote and every term in `source` in a single pass. Quotes must
 * occur exactly once (after their prefix and suffix are applied); terms are
 * whole words, and where two overlap the leftmost, then longest, wins.
 */
export function anchorText(source: string, quotes: readonly QuoteTarget[], terms: readonly TermTarget[] | TermMatcher = [], options: AnchorOptions = {}): AnchorResult {
	const normalized = normalizeWithMap(source);
	const text = normalized.text;
	const describe = options.describeOffset ?? ((offset: number) => `character ${offset}`);
	const problems: AnchorProblem[] = [];

	const patterns: string[] = [];
	const quotePattern: number[] = [];
	for (const quote of quotes) {
		const exact = normalizeQuote(quote.exact);
		if (!exact) {
			problems.push({ key: quote.key, kind: 'empty', message: 'The quote is empty. Copy the passage from the article into `quote`.' });
			quotePattern.push(-1);
			continue;
		}
		quotePattern.push(patterns.push(exact) - 1);
	}
	const byPattern: number[][] = patterns.map(() => []);
	for (const match of patterns.length ? createSearcher(patterns).search(text) : []) byPattern[match.pattern]!.push(match.start);
	const matcher = 'searcher' in terms ? terms : compileTerms(terms);

	const toSpan = (key: string, start: number, length: number): Span => ({
		key,
		start: normalized.map[start]!,
		end: normalized.map[start + length - 1]! + 1,
	});

	const found: Span[] = [];
	quotes.forEach((quote, index) => {
		const pattern = quotePattern[index]!;
		if (pattern < 0) return;
		const exact = patterns[pattern]!;
		const starts = byPattern[pattern]!;
		if (starts.length === 0) {
			problems.push({ key: quote.key, kind: 'not-found', message: notFoundMessage(source, normalized, exact, describe) });
			return;
		}
		const prefix = quote.prefix === undefined ? '' : normalizeQuote(quote.prefix);
		const suffix = quote.suffix === undefined ? '' : normalizeQuote(quote.suffix);
		// Only the few characters around each occurrence are read, so context costs O(|prefix| + |suffix|).
		const fitting = starts.filter((start) => {
			const end = start + exact.length;
			return text.slice(Math.max(0, start - prefix.length - 1), start).trimEnd().endsWith(prefix) && text.slice(end, end + suffix.length + 1).trimStart().startsWith(suffix);
		});
		if (fitting.length === 1) {
			const start = fitting[0]!;
			const end = start + exact.length;
			const isWord = (i: number) => i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);
			const cutsStart = isWord(start - 1) && isWord(start);
			const cutsEnd = isWord(end - 1) && isWord(end);
			if ((cutsStart || cutsEnd) && !quote.partialWords) {
				let from = start;
				let to = end;
				while (cutsStart && isWord(from - 1)) from--;
				while (cutsEnd && isWord(to)) to++;
				const whole = source.slice(normalized.map[from]!, normalized.map[to - 1]! + 1);
				const where = [cutsStart && 'starts', cutsEnd && 'ends'].filter(Boolean).join(' and ');
				problems.push({
					key: quote.key,
					kind: 'partial-word',
					message: `The quote ${where} inside a word (${describe(normalized.map[start]!)}), so it would highlight part of a word. Quote whole words: ${JSON.stringify(shortenAround(whole, 0))}. If the claim really is about part of a word, add \`partialWords: true\` to the claim.`,
				});
				return;
			}
			found.push(toSpan(quote.key, start, exact.length));
			return;
		}
		const where = places(starts.map((start) => normalized.map[start]!), describe);
		if (fitting.length === 0) {
			problems.push({
				key: quote.key,
				kind: 'context-mismatch',
				message:
					`The quote is found ${count(starts.length)} (${where.join(', ')}), but never with the given ` +
					`${prefix && suffix ? '`prefix` and `suffix`' : prefix ? '`prefix`' : '`suffix`'} around it. ` +
					`Copy the context from the article: ${contextHints(text, starts, exact, normalized.map, describe)}`,
			});
			return;
		}
		problems.push({
			key: quote.key,
			kind: 'ambiguous',
			message: `The quote is found ${count(fitting.length)} (${places(fitting.map((s) => normalized.map[s]!), describe).join(', ')}), so it cannot be anchored. Add a \`prefix\` or \`suffix\` to pick one: ${contextHints(text, fitting, exact, normalized.map, describe)}`,
		});
	});

	return { quotes: found, terms: selectTerms(text, matcher).map(([key, start, length]) => toSpan(key, start, length)), problems };
}

/** Names each occurrence's place, numbering those that share one: `paragraph 2 (1st)`, `paragraph 2 (2nd)`. */
function places(offsets: readonly number[], describe: (offset: number) => string): string[] {
	const names = offsets.map(describe);
	const seen = new Map<string, number>();
	return names.map((name) => {
		if (names.filter((n) => n === name).length === 1) return name;
		const k = (seen.get(name) ?? 0) + 1;
		seen.set(name, k);
		return `${name} (${ORDINALS[k - 1] ?? `${k}th`})`;
	});
}

const ORDINALS = ['1st', '2nd', '3rd'];

function count(n: number): string {
	return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** For each occurrence, the shortest prefix and suffix (in words) that no other occurrence shares. */
function contextHints(text: string, starts: readonly number[], exact: string, map: ArrayLike<number>, describe: (offset: number) => string): string {
	const before = (start: number, words: number) => text.slice(Math.max(0, start - 400), start).trimEnd().split(' ').slice(-words).join(' ');
	const after = (start: number, words: number) => text.slice(start + exact.length, start + exact.length + 400).trimStart().split(' ').slice(0, words).join(' ');
	const shortest = (start: number, take: (s: number, w: number) => string): string | undefined => {
		for (let words = 1; words <= CONTEXT_WORDS; words++) {
			const mine = take(start, words);
			if (mine && starts.every((other) => other === start || take(other, words) !== mine)) return mine;
		}
		return undefined;
	};
	const names = places(starts.map((start) => map[start]!), describe);
	return starts
		.map((start, i) => {
			const prefix = shortest(start, before);
			const suffix = shortest(start, after);
			const options = [prefix !== undefined && `\`prefix: ${JSON.stringify(prefix)}\``, suffix !== undefined && `\`suffix: ${JSON.stringify(suffix)}\``].filter(Boolean);
			return `for the one in ${names[i]}, ${options.length ? options.join(' or ') : 'quote a longer passage'}`;
		})
		.join('; ')
		.concat('.');
}

/** The message for a quote that is not in the text, showing the closest passage and the words that differ. */
function notFoundMessage(source: string, normalized: ReturnType<typeof normalizeWithMap>, exact: string, describe: (offset: number) => string): string {
	const closest = closestPassage(normalized.text, exact);
	if (!closest) return `The quote ${JSON.stringify(shortenAround(visible(exact), 0))} is not in the article, and no passage shares its words. Check that \`article\` names the right source.`;
	const passage = source.slice(normalized.map[closest.start]!, normalized.map[closest.end - 1]! + 1);
	// Long passages are shown around where they first differ, so the difference is on screen.
	const folded = normalized.text.slice(closest.start, closest.end);
	let diff = 0;
	while (diff < folded.length && diff < exact.length && folded[diff] === exact[diff]) diff++;
	const missing = closest.missing.length ? ` Words of the quote not in that passage: ${closest.missing.map((w) => `\`${visible(w)}\``).join(', ')}.` : '';
	const invisible = [...new Set([...exact, ...passage].filter((c) => INVISIBLE.test(c)))];
	const hidden = invisible.length ? ` The text contains characters you cannot see: ${invisible.map((c) => charName(c)).join(', ')}; they are shown as ⟨…⟩ above.` : '';
	return (
		`The quote is not in the article. The closest passage, in ${describe(normalized.map[closest.start]!)}, is:\n` +
		`      ${JSON.stringify(shortenAround(visible(passage), diff))}\n` +
		`    and the quote is:\n      ${JSON.stringify(shortenAround(visible(exact), diff))}\n   ${missing}${hidden} Copy the passage exactly as the article has it (quotes, apostrophes and dashes may differ; nothing else).`
	);
}

/** Characters that print as nothing (format characters such as U+00AD SOFT HYPHEN and U+200B ZERO WIDTH SPACE). */
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164]/u;
const NAMES: Record<string, string> = {
	'\u00ad': 'SOFT HYPHEN',
	'\u200b': 'ZERO WIDTH SPACE',
	'\u200c': 'ZERO WIDTH NON-JOINER',
	'\u200d': 'ZERO WIDTH JOINER',
	'\u200e': 'LEFT-TO-RIGHT MARK',
	'\u200f': 'RIGHT-TO-LEFT MARK',
	'\u2060': 'WORD JOINER',
	'\u2061': 'FUNCTION APPLICATION',
	'\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
	'\u061c': 'ARABIC LETTER MARK',
	'\u202a': 'LEFT-TO-RIGHT EMBEDDING',
	'\u202b': 'RIGHT-TO-LEFT EMBEDDING',
	'\u202c': 'POP DIRECTIONAL FORMATTING',
	'\u202d': 'LEFT-TO-RIGHT OVERRIDE',
	'\u202e': 'RIGHT-TO-LEFT OVERRIDE',
	'\u2066': 'LEFT-TO-RIGHT ISOLATE',
	'\u2067': 'RIGHT-TO-LEFT ISOLATE',
	'\u2068': 'FIRST STRONG ISOLATE',
	'\u2069': 'POP DIRECTIONAL ISOLATE',
};

/** `U+00AD SOFT HYPHEN`. */
export function charName(char: string): string {
	const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return NAMES[char] ? `${code} ${NAMES[char]}` : code;
}

/** The text with every invisible character written out by name: `Al⟨U+00AD SOFT HYPHEN⟩pha`. */
export function visible(text: string): string {
	return [...text].map((c) => (INVISIBLE.test(c) ? `⟨${charName(c)}⟩` : c)).join('');
}

const SHOW = 100;

/** At most about 100 characters of `text`, around offset `at`, with "…" where it is cut (at spaces). */
export function shortenAround(text: string, at: number): string {
	if (text.length <= SHOW) return text;
	let from = Math.max(0, Math.min(at - 40, text.length - SHOW));
	let to = Math.min(text.length, from + SHOW);
	if (from > 0) from = Math.max(from, text.indexOf(' ', from) + 1 || from);
	if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
	return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** Names to find as whole words, compiled once into one automaton and reused for every text. */
export interface TermMatcher {
	terms: readonly TermTarget[];
	/** The normalized form of each term, by index. */
	patterns: readonly string[];
	searcher: Searcher | undefined;
}

/** Compiles names once (per build), so marking them in each article costs one pass over its text. */
export function compileTerms(terms: readonly TermTarget[]): TermMatcher {
	const patterns = terms.map((term) => normalizeQuote(term.text));
	const usable = patterns.every((p) => p.length > 0);
	return { terms, patterns, searcher: patterns.length && usable ? createSearcher(patterns) : patterns.length ? createSearcher(patterns.map((p) => p || '\u0000')) : undefined };
}

/** Whole-word term matches, leftmost first, longest first, without overlaps. */
function selectTerms(text: string, matcher: TermMatcher): [string, number, number][] {
	const candidates: [string, number, number][] = [];
	for (const match of matcher.searcher?.search(text) ?? []) {
		const before = text[match.start - 1];
		const after = text[match.end];
		if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
		candidates.push([matcher.terms[match.pattern]!.key, match.start, match.end - match.start]);
	}
	candidates.sort((a, b) => a[1] - b[1] || b[2] - a[2]);
	const chosen: [string, number, number][] = [];
	let reach = 0;
	for (const candidate of candidates) {
		if (candidate[1] < reach) continue;
		chosen.push(candidate);
		reach = candidate[1] + candidate[2];
	}
	return chosen;
}
