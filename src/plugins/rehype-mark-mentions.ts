import type { Properties, Root } from 'hast';
import type { VFile } from 'vfile';
import { indexText, wrapSpans } from '../lib/anchoring/hast-text';
import { anchorText, compileTerms, type TermMatcher } from '../lib/anchoring/text-quote';

/** A name to mark wherever it occurs as a whole word. */
export interface MentionTerm {
	/** What the name refers to, such as the entity id `roni-krivoi`; reported back in `file.data.mentions`. */
	key: string;
	/** The name as the sources write it, such as `Ron Krivoy`. */
	text: string;
	/** Properties for the `<span>` around each mention, such as `className`, `title` and `data-entity`. */
	properties: Properties;
	/** Do not mark this name in this article (a variant limited to other articles with `in`). It still takes part in choosing among overlapping names, so the matcher compiled once for every article stays valid. */
	skip?: boolean | undefined;
}

/** One mention found: the key of its term and the name exactly as the source writes it. */
export interface FoundMention {
	key: string;
	text: string;
}

declare module 'vfile' {
	interface DataMap {
		/** Set by `rehypeMarkMentions`: every mention it marked, in reading order. */
		mentions: FoundMention[];
	}
}

export interface Options {
	/** The names to mark. Where two overlap, the leftmost, then the longest, wins. */
	terms: readonly MentionTerm[];
	/** The same names compiled once (`compileMentions(terms)`), so a build does not rebuild the automaton for every article. */
	matcher?: TermMatcher | undefined;
	/** The article's language (BCP 47): where its words begin and end, so a name is marked only as a whole word. */
	language?: string | undefined;
}

/** Compiles the names of `terms` once; any list of terms with the same texts in the same order can use it. */
export function compileMentions(terms: readonly Pick<MentionTerm, 'text'>[]): TermMatcher {
	return compileTerms(terms.map((term, i) => ({ key: String(i), text: term.text })));
}

/**
 * Marks entity mentions: every whole-word occurrence of every name, found in
 * one pass over the text (the same typographic tolerance as quotes), wrapped
 * in a `<span>`. Mentions nest inside claim marks and never break them.
 */
export function rehypeMarkMentions(options: Options) {
	return (tree: Root, file: VFile): void => {
		file.data.mentions = [];
		if (options.terms.length === 0) return;
		const index = indexText(tree);
		const terms = anchorText(index.text, [], options.matcher ?? compileMentions(options.terms), { language: options.language }).terms.filter((span) => !options.terms[Number(span.key)]!.skip);
		file.data.mentions = terms.map((span) => ({ key: options.terms[Number(span.key)]!.key, text: index.text.slice(span.start, span.end) }));
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
