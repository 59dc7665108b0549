import type { Element, Properties, Root } from 'hast';
import type { VFile } from 'vfile';
import { describeOffsetIn, indexText, wrapSpans } from '../lib/anchoring/hast-text';
import { type AnchorProblem, anchorText, type TextQuote } from '../lib/anchoring/text-quote';

/** One quote to anchor in the article. */
export interface QuoteAnchor {
	/** Names the quote in problem reports; unique within this article. */
	key: string;
	/** The TextQuoteSelector: `exact`, optional `prefix` and `suffix`; `partialWords` lets it cut words. */
	quote: TextQuote & { partialWords?: boolean | undefined };
	/** The `id` of the first `<mark>`, the one a link lands on. */
	id: string;
	/** Properties for every `<mark>` of the quote, such as `className` and `data-*`. */
	properties: Properties;
	/** An element to place right after the quote, such as a link to its event. */
	after?: Element | undefined;
}

/** Where a quote was anchored: its exact text in the source, and the paragraph it starts in. */
export interface AnchoredQuote {
	key: string;
	text: string;
	paragraph: number | undefined;
	/** The paragraph it ends in: the same as `paragraph` unless the quote crosses a paragraph boundary. */
	lastParagraph: number | undefined;
	/** Where it is in the article's text (`file.data.sourceText`), in UTF-16 code units, `[start, end)`. */
	start: number;
	end: number;
}

declare module 'vfile' {
	interface DataMap {
		/** Set by `rehypeAnchorQuotes`: every quote it anchored, in the source's own characters. */
		quoteAnchors: AnchoredQuote[];
		/** Set by `rehypeAnchorQuotes`: the article's text as a reader's DOM has it, without the reader's controls. */
		sourceText: string;
		/** Set by `rehypeAnchorQuotes`: the text of each numbered paragraph. */
		sourceParagraphs: { n: number; text: string }[];
	}
}

export interface Options {
	/** The quotes to anchor. Each must occur exactly once (after `prefix`/`suffix`). */
	anchors: readonly QuoteAnchor[];
	/** The article's language (BCP 47): where its words begin and end. */
	language?: string | undefined;
}

/** Thrown when quotes cannot be anchored; lists every one, not just the first. */
export class QuoteAnchorError extends Error {
	readonly problems: readonly AnchorProblem[];
	constructor(problems: readonly AnchorProblem[]) {
		super(problems.map((p) => `${p.key}: ${p.message}`).join('\n'));
		this.name = 'QuoteAnchorError';
		this.problems = problems;
	}
}

/**
 * Anchors W3C TextQuoteSelectors in one article's tree and wraps each match
 * in `<mark>` elements. All quotes are found in one pass over the text;
 * typographic variants (quotes, apostrophes, dashes, whitespace) are
 * tolerated and nothing else. A quote that crosses inline markup or overlaps
 * another becomes several nested `<mark>`s; only the first carries the `id`.
 */
export function rehypeAnchorQuotes(options: Options) {
	return (tree: Root, file: VFile): void => {
		file.data.quoteAnchors = [];
		const index = indexText(tree);
		file.data.sourceText = index.text;
		file.data.sourceParagraphs = index.paragraphs.map(([start, end, n]) => ({ n, text: index.text.slice(start, end) }));
		if (options.anchors.length === 0) return;
		const result = anchorText(
			index.text,
			options.anchors.map((anchor) => ({ key: anchor.key, ...anchor.quote })),
			[],
			{ describeOffset: describeOffsetIn(index), language: options.language },
		);
		if (result.problems.length > 0) throw new QuoteAnchorError(result.problems);
		file.data.quoteAnchors = result.quotes.map((span) => ({
			key: span.key,
			text: index.text.slice(span.start, span.end),
			start: span.start,
			end: span.end,
			paragraph: index.paragraphs.find(([start, end]) => span.start >= start && span.start < end)?.[2],
			lastParagraph: index.paragraphs.findLast(([start, end]) => span.end > start && span.end <= end)?.[2],
		}));
		const byKey = new Map(options.anchors.map((anchor) => [anchor.key, anchor]));
		wrapSpans(
			index,
			result.quotes.map((span) => {
				const anchor = byKey.get(span.key)!;
				return {
					start: span.start,
					end: span.end,
					wrapper: ({ first }) => ({
						type: 'element',
						tagName: 'mark',
						properties: first ? { id: anchor.id, ...anchor.properties } : { ...anchor.properties },
						children: [],
					}),
					after: anchor.after,
				};
			}),
		);
	};
}
