/**
 * Citations for a passage: the reader's own URL with its anchor, and the
 * original's URL with a Text Fragment (`#:~:text=`) so browsers that support
 * it scroll to the passage in the source as well. Used at build time for the
 * static "Cite" blocks and in the browser when a reader copies a link.
 */
import { encodeTerm } from './text-fragment';

/** What a citation needs to know about the passage and its source. */
export interface CitationInput {
	/** The passage, verbatim. */
	quote: string;
	outlet: string;
	/** The headline as the reader shows it, already marked when inferred. */
	headline: string;
	/** The publication date as the reader shows it, already marked when inferred. */
	date: string;
	/** The paragraph the passage starts in. */
	paragraph?: number | undefined;
	/** The paragraph it ends in, when it crosses a paragraph boundary (a claim with `crossesParagraphs`): the citation then names every paragraph, `paragraphs 3–4`. */
	lastParagraph?: number | undefined;
	/** Absolute reader URL with its anchor. */
	readerUrl: string;
	/** The original's canonical URL. */
	originalUrl: string;
	/**
	 * The Text Fragment (`#:~:text=…`) whose first match in the original is
	 * the passage, from `textDirectiveFor` over the article's whole text.
	 * Without it, the passage alone is used, which lands on its first occurrence.
	 */
	fragment?: string | undefined;
}

const FRAGMENT_WORDS = 4;

/**
 * A Text Fragment directive for a passage known only by itself: the whole
 * passage when it is short, otherwise its first and last words as
 * `textStart,textEnd`. Where the article's text is known, `textDirectiveFor`
 * gives one that lands on this occurrence.
 * https://wicg.github.io/scroll-to-text-fragment/
 */
export function textFragment(quote: string): string {
	const words = quote.trim().split(/\s+/).filter(Boolean);
	if (words.length <= FRAGMENT_WORDS * 2 + 1) return `#:~:text=${encodeTerm(words.join(' '))}`;
	const start = words.slice(0, FRAGMENT_WORDS).join(' ');
	const end = words.slice(-FRAGMENT_WORDS).join(' ');
	return `#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}

/** The original's URL pointing at the passage. */
export function originalWithFragment(originalUrl: string, quote: string, fragment?: string): string {
	return `${originalUrl.replace(/#.*$/, '')}${fragment ?? textFragment(quote)}`;
}

/** A ready-to-paste citation in plain text. */
export function formatCitation(input: CitationInput): string {
	const where = [input.outlet, input.headline, input.date, paragraphLabel(input.paragraph, input.lastParagraph)].filter(Boolean).join(', ');
	return [`“${input.quote.trim()}”`, `— ${where}.`, `Reader: ${input.readerUrl}`, `Original: ${originalWithFragment(input.originalUrl, input.quote, input.fragment)}`].join('\n');
}

/** `paragraph 3`, or `paragraphs 3–4` for a passage that runs over several; nothing when the paragraph is not known. */
export function paragraphLabel(first: number | undefined, last?: number): string | undefined {
	if (!first) return undefined;
	return last && last > first ? `paragraphs ${first}–${last}` : `paragraph ${first}`;
}
