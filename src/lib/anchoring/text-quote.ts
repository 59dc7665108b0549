import { MAX_OVERLAPPING_CLAIMS } from '../limits';
import { closestPassage } from './closest-passage';
import { createSearcher, type Searcher } from './multi-search';
import { normalizeQuote, normalizeWithMap, type NormalizedText, sourceRange } from './normalize-text';
import { wordBoundaries, words } from './segment';

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

export type ProblemKind = 'empty' | 'not-found' | 'ambiguous' | 'context-mismatch' | 'partial-word' | 'overlap';

export interface AnchorProblem {
	key: string;
	kind: ProblemKind;
	/** One paragraph in plain words: what was expected, what was found, how to fix it. */
	message: string;
}

export interface AnchorOptions {
	/** Names a place in the source for messages, such as `paragraph 5`. */
	describeOffset?: (offset: number) => string;
	/** The text's language (BCP 47), which decides where its words begin and end (`Intl.Segmenter`); `und` when unknown. */
	language?: string | undefined;
}

export interface AnchorResult {
	quotes: Span[];
	terms: Span[];
	problems: AnchorProblem[];
}

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
	const language = options.language ?? 'und';
	const problems: AnchorProblem[] = [];
	// Where words begin and end, by the language's own segmentation: computed once, only when a match needs it.
	let boundaries: Uint8Array | undefined;
	const isBoundary = (i: number) => (boundaries ??= wordBoundaries(text, language))[i] === 1;

	// The automaton holds each distinct quote start once (at most SEARCH_PREFIX code units), so its size
	// grows with the number of distinct quotes, not their length: a quote as long as a 1 MB article costs
	// 64 states, not a million. Longer quotes are checked in place at each start found.
	const exacts: string[] = [];
	const patterns: string[] = [];
	const patternOf = new Map<string, number>();
	for (const quote of quotes) {
		const exact = normalizeQuote(quote.exact);
		exacts.push(exact);
		if (!exact) {
			problems.push({ key: quote.key, kind: 'empty', message: 'The quote is empty. Copy the passage from the article into `quote`.' });
			continue;
		}
		const head = exact.slice(0, SEARCH_PREFIX);
		if (!patternOf.has(head)) patternOf.set(head, patterns.push(head) - 1);
	}
	const byPattern: number[][] = patterns.map(() => []);
	for (const match of patterns.length ? createSearcher(patterns).search(text) : []) byPattern[match.pattern]!.push(match.start);
	const startsOf = new Map<string, number[]>();
	const occurrences = (exact: string): number[] => {
		let starts = startsOf.get(exact);
		if (!starts) {
			const candidates = byPattern[patternOf.get(exact.slice(0, SEARCH_PREFIX))!]!;
			starts = exact.length <= SEARCH_PREFIX ? candidates : candidates.filter((start) => text.startsWith(exact, start));
			startsOf.set(exact, starts);
		}
		return starts;
	};
	const matcher = 'searcher' in terms ? terms : compileTerms(terms);

	const toSpan = (key: string, start: number, length: number): Span => ({ key, ...sourceRange(normalized, start, start + length) });

	const found: Span[] = [];
	quotes.forEach((quote, index) => {
		const exact = exacts[index]!;
		if (!exact) return;
		const starts = occurrences(exact);
		if (starts.length === 0) {
			problems.push({ key: quote.key, kind: 'not-found', message: notFoundMessage(source, normalized, exact, describe, language) });
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
			const cutsStart = !isBoundary(start);
			const cutsEnd = !isBoundary(end);
			if ((cutsStart || cutsEnd) && !quote.partialWords) {
				let from = start;
				let to = end;
				while (!isBoundary(from)) from--;
				while (!isBoundary(to)) to++;
				const range = sourceRange(normalized, from, to);
				const whole = source.slice(range.start, range.end);
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
					`Copy the context from the article: ${contextHints(text, starts, exact, normalized.map, describe, language)}`,
			});
			return;
		}
		problems.push({
			key: quote.key,
			kind: 'ambiguous',
			message: `The quote is found ${count(fitting.length)} (${places(fitting.map((s) => normalized.map[s]!), describe).join(', ')}), so it cannot be anchored. Add a \`prefix\` or \`suffix\` to pick one: ${contextHints(text, fitting, exact, normalized.map, describe, language)}`,
		});
	});

	return { quotes: withinOverlapLimit(found, problems, describe), terms: selectTerms(matcher, text, isBoundary).map(([key, start, length]) => toSpan(key, start, length)), problems };
}

/**
 * Names each occurrence's place, numbering those that share one: `paragraph 2 (1st)`, `paragraph 2 (2nd)`.
 * Only the first `SHOWN_PLACES` are named, then how many more: a quote of "the" is found thousands of times.
 */
function places(offsets: readonly number[], describe: (offset: number) => string): string[] {
	const names = offsets.map(describe);
	const total = new Map<string, number>();
	for (const name of names) total.set(name, (total.get(name) ?? 0) + 1);
	const seen = new Map<string, number>();
	const named = names.slice(0, SHOWN_PLACES).map((name) => {
		if (total.get(name) === 1) return name;
		const k = (seen.get(name) ?? 0) + 1;
		seen.set(name, k);
		return `${name} (${ORDINALS[k - 1] ?? `${k}th`})`;
	});
	return names.length > SHOWN_PLACES ? [...named, `and ${(names.length - SHOWN_PLACES).toLocaleString('en')} more`] : named;
}

/** How many occurrences of an ambiguous quote a message names. */
const SHOWN_PLACES = 5;

/** How many code units of each quote the automaton holds; the rest is compared in place. */
const SEARCH_PREFIX = 64;

/**
 * The spans, without those that would make more than `MAX_OVERLAPPING_CLAIMS`
 * claims cover one character (each is a mark nested in the others). One
 * problem is reported per stretch of text, on the first claim left out, with
 * how many more are left out there: the cause is reported once. One sweep in
 * order of start, keeping the ends of the spans still open (at most the
 * limit), so the cost is linear in the number of spans.
 */
function withinOverlapLimit(spans: readonly Span[], problems: AnchorProblem[], describe: (offset: number) => string): Span[] {
	const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Span[] = [];
	let open: number[] = [];
	let stretch: { problem: AnchorProblem; end: number; others: string[] } | undefined;
	const close = () => {
		if (!stretch?.others.length) return;
		const named = stretch.others.slice(0, SHOWN_PLACES).map((key) => `\`${key}\``).join(', ');
		stretch.problem.message += ` The same holds for ${stretch.others.length.toLocaleString('en')} more claims on this text (${named}${stretch.others.length > SHOWN_PLACES ? ', …' : ''}).`;
	};
	for (const span of ordered) {
		open = open.filter((end) => end > span.start);
		if (open.length < MAX_OVERLAPPING_CLAIMS) {
			open.push(span.end);
			kept.push(span);
			continue;
		}
		if (stretch && span.start < stretch.end) {
			stretch.others.push(span.key);
			stretch.end = Math.max(stretch.end, span.end);
			continue;
		}
		close();
		const problem: AnchorProblem = {
			key: span.key,
			kind: 'overlap',
			message: `More than ${MAX_OVERLAPPING_CLAIMS} claims cover the same text (${describe(span.start)}). Each would be a mark nested in the others, which no reader can tell apart. Merge the claims that say the same thing, or quote shorter passages; the limits are listed in the README ("Limits").`,
		};
		problems.push(problem);
		stretch = { problem, end: span.end, others: [] };
	}
	close();
	return kept;
}

const ORDINALS = ['1st', '2nd', '3rd'];

function count(n: number): string {
	return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/**
 * For each of the first occurrences, the shortest prefix and suffix (in the language's words, so text
 * without spaces has words too) that no other occurrence shares. Each occurrence's surroundings are
 * split into words once, and each context length is counted once over all occurrences, so the work is
 * linear in their number.
 */
function contextHints(text: string, starts: readonly number[], exact: string, map: ArrayLike<number>, describe: (offset: number) => string, language: string): string {
	const WINDOW = 200;
	const split = new Map<string, { window: string; list: { start: number; end: number }[] }>();
	const around = (start: number, side: 'before' | 'after') => {
		const key = `${side}${start}`;
		let found = split.get(key);
		if (!found) {
			const window = side === 'before' ? text.slice(Math.max(0, start - WINDOW), start) : text.slice(start + exact.length, start + exact.length + WINDOW);
			found = { window, list: words(window, language) };
			split.set(key, found);
		}
		return found;
	};
	const before = (start: number, n: number) => {
		const { window, list } = around(start, 'before');
		if (list.length < n) return '';
		// Punctuation written against the first word (an opening quote) goes with it.
		let from = list[list.length - n]!.start;
		const limit = list[list.length - n - 1]?.end ?? 0;
		while (from > limit && !/\s/.test(window[from - 1]!)) from--;
		return window.slice(from).trim();
	};
	const after = (start: number, n: number) => {
		const { window, list } = around(start, 'after');
		if (list.length < n) return '';
		// Punctuation written against the last word (a full stop) goes with it.
		let to = list[n - 1]!.end;
		const limit = list[n]?.start ?? window.length;
		while (to < limit && !/\s/.test(window[to]!)) to++;
		return window.slice(0, to).trim();
	};
	const counts = (take: (s: number, n: number) => string) =>
		Array.from({ length: CONTEXT_WORDS }, (_, i) => {
			const seen = new Map<string, number>();
			for (const start of starts) {
				const context = take(start, i + 1);
				seen.set(context, (seen.get(context) ?? 0) + 1);
			}
			return seen;
		});
	const beforeCounts = counts(before);
	const afterCounts = counts(after);
	const shortest = (start: number, take: (s: number, n: number) => string, seen: Map<string, number>[]): string | undefined => {
		for (let n = 1; n <= CONTEXT_WORDS; n++) {
			const mine = take(start, n);
			if (mine && seen[n - 1]!.get(mine) === 1) return mine;
		}
		return undefined;
	};
	const shown = starts.slice(0, SHOWN_PLACES);
	const names = places(shown.map((start) => map[start]!), describe);
	const more = starts.length - shown.length;
	return shown
		.map((start, i) => {
			const prefix = shortest(start, before, beforeCounts);
			const suffix = shortest(start, after, afterCounts);
			const options = [prefix !== undefined && `\`prefix: ${JSON.stringify(prefix)}\``, suffix !== undefined && `\`suffix: ${JSON.stringify(suffix)}\``].filter(Boolean);
			return `for the one in ${names[i]}, ${options.length ? options.join(' or ') : 'quote a longer passage'}`;
		})
		.join('; ')
		.concat(more > 0 ? `; and ${more.toLocaleString('en')} more. With this many, quote a longer passage.` : '.');
}

/** The message for a quote that is not in the text, showing the closest passage and the words that differ. */
function notFoundMessage(source: string, normalized: NormalizedText, exact: string, describe: (offset: number) => string, language: string): string {
	const closest = closestPassage(normalized.text, exact, language);
	if (!closest) return `The quote ${JSON.stringify(shortenAround(visible(exact), 0))} is not in the article, and no passage shares its words. Check that \`article\` names the right source.`;
	const range = sourceRange(normalized, closest.start, closest.end);
	const passage = source.slice(range.start, range.end);
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
	/** Each distinct normalized name once, in order of first use. */
	patterns: readonly string[];
	/** For each pattern, the first term that has it: where terms share a name, the first one marks it. */
	termOf: readonly number[];
	searcher: Searcher | undefined;
}

/**
 * Compiles names once (per build), so marking them in each article costs one pass over its text.
 * A name shared by many terms is searched once, so each occurrence is one match, not one per term.
 */
export function compileTerms(terms: readonly TermTarget[]): TermMatcher {
	const patterns: string[] = [];
	const termOf: number[] = [];
	const seen = new Set<string>();
	terms.forEach((term, index) => {
		const pattern = normalizeQuote(term.text);
		if (!pattern || seen.has(pattern)) return;
		seen.add(pattern);
		patterns.push(pattern);
		termOf.push(index);
	});
	return { terms, patterns, termOf, searcher: patterns.length ? createSearcher(patterns) : undefined };
}

/** Whole-word term matches (starting and ending on word boundaries), leftmost first, longest first, without overlaps. */
function selectTerms(matcher: TermMatcher, text: string, isBoundary: (i: number) => boolean): [string, number, number][] {
	const candidates: [string, number, number][] = [];
	for (const match of matcher.searcher?.search(text) ?? []) {
		if (!isBoundary(match.start) || !isBoundary(match.end)) continue;
		candidates.push([matcher.terms[matcher.termOf[match.pattern]!]!.key, match.start, match.end - match.start]);
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
