import type { Properties, Root } from 'hast';
import { indexText, wrapSpans } from '../lib/hast-text';
import { anchorText } from '../lib/text-quote';

/** A name to mark wherever it occurs as a whole word. */
export interface MentionTerm {
	/** The name as the sources write it, such as `Ron Krivoy`. */
	text: string;
	/** Properties for the `<span>` around each mention, such as `className`, `title` and `data-entity`. */
	properties: Properties;
}

export interface Options {
	/** The names to mark. Where two overlap, the leftmost, then the longest, wins. */
	terms: readonly MentionTerm[];
}

/**
 * Marks entity mentions: every whole-word occurrence of every name, found in
 * one pass over the text (the same typographic tolerance as quotes), wrapped
 * in a `<span>`. Mentions nest inside claim marks and never break them.
 */
export function rehypeMarkMentions(options: Options) {
	return (tree: Root): void => {
		if (options.terms.length === 0) return;
		const index = indexText(tree);
		const { terms } = anchorText(index.text, [], options.terms.map((term, i) => ({ key: String(i), text: term.text })));
		wrapSpans(
			index,
			terms.map((span) => ({
				start: span.start,
				end: span.end,
				wrapper: () => ({ type: 'element', tagName: 'span', properties: { ...options.terms[Number(span.key)]!.properties }, children: [] }),
			})),
		);
	};
}
