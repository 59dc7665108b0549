import { normalizeQuote, normalizeWithMap } from '../anchoring/normalize-text';
import { anchorText, shortenAround } from '../anchoring/text-quote';
import { defaultClaimId } from '../corpus/resolve-claims';
import { type Sentence, sentencesOf } from '../corpus/sentences';
import { type SaysSuggestion, suggestSays } from './says-date';

/** What a claim is drafted from: the article as the reader shows it, and the words picked in it. */
export interface ClaimInput {
	articleId: string;
	/** The article's BCP 47 language, for its sentences and dates. */
	language: string;
	published: { date: string; precision: string };
	/** The text of each top-level block (paragraphs and headings), in order, as the build anchors in it. */
	blocks: readonly string[];
	/** A few words of the passage, as typed or selected. */
	words: string;
	/** The event the claim goes in, for the default id `<event-id>-<first words>`. Optional. */
	eventId?: string | undefined;
	/** Claim ids the article has already, so the new one is unique. */
	takenIds?: ReadonlySet<string> | undefined;
	/** The 1-based block to look in, when the words are in several (the selection's paragraph, or `--paragraph`). Optional. */
	block?: number | undefined;
}

/** A claim ready to paste, but for who says it and how it relates. */
export interface ClaimDraft {
	article: string;
	id: string;
	/** The whole sentence(s) holding the words, exactly as the article has them. */
	quote: string;
	/** The shortest text before or after that makes the quote unique, when it occurs more than once. */
	prefix?: string | undefined;
	suffix?: string | undefined;
	/** The 1-based block (paragraph or heading) it is in. */
	block: number;
	says?: SaysSuggestion | undefined;
}

const CONTEXT_WORDS = 8;

/** The range of the sentences of `text` that hold `[from, to)`, trimmed of spaces: the same boundaries the build's whole-sentence rule uses. */
function sentenceRange(sentences: readonly Sentence[], text: string, from: number, to: number): [number, number] {
	let start = sentences.find((s) => from >= s.start && from < s.end)?.start ?? from;
	let end = sentences.find((s) => to - 1 >= s.start && to - 1 < s.end)?.end ?? to;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	while (start < end && /\s/.test(text[start]!)) start++;
	return [start, end];
}

/**
 * Drafts a claim from a few words of an article: finds them (with the same
 * tolerance as anchoring: quotes, dashes and spacing may differ), widens them
 * to the whole sentence or sentences they are in (the boundaries of the
 * build's whole-sentence rule, `sentencesOf`), adds the shortest prefix
 * or suffix that makes the quote unique, checks that it anchors exactly
 * there, and suggests the date it gives. Returns a problem, in words, when
 * the words are not in the article or are in several sentences.
 */
export function draftClaim(input: ClaimInput): { draft: ClaimDraft } | { problem: string } {
	const text = input.blocks.join('\n');
	const starts: number[] = [];
	let offset = 0;
	for (const block of input.blocks) {
		starts.push(offset);
		offset += block.length + 1;
	}
	const blockAt = (pos: number) => starts.findLastIndex((s) => s <= pos);
	const normalized = normalizeWithMap(text);
	const words = normalizeQuote(input.words);
	if (!words) return { problem: 'No words given: pass a few words of the passage, as the article has them.' };

	// The article's sentences as the build's whole-sentence rule sees them (`sentencesOf`: Intl.Segmenter in its language; a line break ends one).
	const sentences = sentencesOf(text, input.language);
	const found = new Map<string, { block: number; start: number; end: number }>();
	for (let at = normalized.text.indexOf(words); at >= 0; at = normalized.text.indexOf(words, at + 1)) {
		const from = normalized.map[at]!;
		const to = normalized.map[at + words.length - 1]! + 1;
		const b = blockAt(from);
		if (blockAt(to - 1) !== b) return { problem: `The words ${JSON.stringify(input.words)} run across two paragraphs. A quote stays within one paragraph: pick words from one.` };
		const [s, e] = sentenceRange(sentences, text, from, to);
		if (input.block === undefined || input.block === b + 1) found.set(`${b}:${s}`, { block: b, start: s, end: e });
	}
	if (found.size === 0) return { problem: `The words ${JSON.stringify(input.words)} are not in ${input.block === undefined ? '' : `paragraph ${input.block} of `}the article \`${input.articleId}\`. Copy a few words exactly as it has them (quotes, dashes and spacing may differ).` };
	if (found.size > 1) {
		const list = [...found.values()].map((f) => `paragraph ${f.block + 1}: ${JSON.stringify(shortenAround(text.slice(f.start, f.end), 0))}`);
		return { problem: `The words ${JSON.stringify(input.words)} are in ${found.size} sentences. Give more words, or the paragraph (\`--paragraph <n>\`), to pick one of:\n${list.map((l) => `  - ${l}`).join('\n')}` };
	}
	const { block, start, end } = [...found.values()][0]!;
	const quote = text.slice(start, end);

	// Context only when the quote occurs more than once: the shortest (in characters) prefix or suffix, in whole words, that no other occurrence shares.
	const exact = normalizeQuote(quote);
	const occurrences: number[] = [];
	for (let at = normalized.text.indexOf(exact); at >= 0; at = normalized.text.indexOf(exact, at + 1)) occurrences.push(at);
	let prefix: string | undefined;
	let suffix: string | undefined;
	if (occurrences.length > 1) {
		const mine = occurrences.find((at) => normalized.map[at] === start)!;
		const before = (at: number, n: number) => normalized.text.slice(Math.max(0, at - 400), at).trimEnd().split(' ').slice(-n).join(' ');
		const after = (at: number, n: number) => normalized.text.slice(at + exact.length, at + exact.length + 400).trimStart().split(' ').slice(0, n).join(' ');
		// As anchoring reads context: the text before ends with the prefix, the text after starts with the suffix.
		const fitsBefore = (at: number, context: string) => normalized.text.slice(Math.max(0, at - context.length - 1), at).trimEnd().endsWith(context);
		const fitsAfter = (at: number, context: string) => normalized.text.slice(at + exact.length, at + exact.length + context.length + 1).trimStart().startsWith(context);
		const shortest = (take: (at: number, n: number) => string, fits: (at: number, context: string) => boolean) => {
			for (let n = 1; n <= CONTEXT_WORDS; n++) {
				const context = take(mine, n);
				if (context && occurrences.every((other) => other === mine || !fits(other, context))) return context;
			}
			return undefined;
		};
		const p = shortest(before, fitsBefore);
		const s = shortest(after, fitsAfter);
		// Written as the source has them: mapped back from the folded text.
		const source = (folded: string, at: number) => text.slice(normalized.map[at]!, normalized.map[at + folded.length - 1]! + 1);
		if (p !== undefined && (s === undefined || p.length <= s.length)) prefix = source(p, normalized.text.lastIndexOf(p, mine));
		else if (s !== undefined) suffix = source(s, normalized.text.indexOf(s, mine + exact.length));
		else return { problem: `The sentence ${JSON.stringify(shortenAround(quote, 0))} occurs ${occurrences.length} times with the same words around it; quote a longer passage.` };
	}
	const check = anchorText(text, [{ key: 'draft', exact: quote, prefix, suffix }]);
	if (check.problems.length || check.quotes[0]?.start !== start) return { problem: `The drafted quote does not anchor on its own: ${check.problems[0]?.message ?? 'it lands elsewhere'}` };

	const base = input.eventId ? defaultClaimId(input.eventId, quote) : defaultClaimId('x', quote).slice(2);
	let id = base;
	for (let n = 2; input.takenIds?.has(id); n++) id = `${base}-${n}`;
	return { draft: { article: input.articleId, id, quote, prefix, suffix, block: block + 1, says: suggestSays(quote, input.language, input.published) } };
}

const q = (value: string) => JSON.stringify(value);

/**
 * The draft as a YAML list item to paste under `claims:` in an event file.
 * `speaker` and `relation` are left as `"?"`, which the build refuses until
 * an editor decides them; a suggested `says` carries a comment saying how it
 * was worked out.
 */
export function claimYaml(draft: ClaimDraft): string {
	const lines = [
		`  - id: ${draft.id}`,
		`    article: ${draft.article}`,
		`    quote: ${q(draft.quote)}`,
		...(draft.prefix !== undefined ? [`    prefix: ${q(draft.prefix)}`] : []),
		...(draft.suffix !== undefined ? [`    suffix: ${q(draft.suffix)}`] : []),
		'    speaker: "?" # who says it: narration (the outlet\'s own voice) or an entity id',
		'    relation: "?" # agrees, adds, differs or other-occasion',
		...(draft.says ? [`    # ${draft.says.how}. A suggestion: check it against the text.`, `    says: { date: ${q(draft.says.date)}, precision: ${draft.says.precision} }`] : []),
	];
	return `${lines.join('\n')}\n`;
}
