import type { Element, Root } from 'hast';
import { fragmentOf, passageFragment, type TextDirective, textDirectiveFor } from './text-fragment';

/**
 * Puts on each numbered paragraph (`p<n>`) and on each claim's first mark the
 * Text Fragment that lands on it in the original (`data-cite-fragment`), so
 * the reader's script copies a citation that follows the Text Fragments
 * specification without carrying the generator itself (the script budget).
 * A claim whose fragment is its own passage, whole (`#:~:text=<passage>`, the
 * usual case), gets none: the script writes that one from the mark's text
 * (`passageFragment`), which saves a copy of every such quote on every page.
 * `text` is the article's text as the page has it; `paragraphs` and `claims`
 * give where each paragraph and claim lies in it, in UTF-16 code units.
 * Returns the directive found for each claim that has a mark, by its key in
 * `claims`, so pages that show the claim elsewhere need not compute it again.
 */
export function addCiteFragments(tree: Root, text: string, language: string, paragraphs: readonly { n: number; text: string }[], claims: ReadonlyMap<string, { start: number; end: number }>): Map<string, { directive: TextDirective; unique: boolean }> {
	const found = new Map<string, { directive: TextDirective; unique: boolean }>();
	const where = new Map<string, { start: number; end: number }>(claims);
	let cursor = 0;
	for (const { n, text: paragraph } of paragraphs) {
		const start = text.indexOf(paragraph, cursor);
		if (start < 0) continue;
		cursor = start + paragraph.length;
		where.set(`p${n}`, { start, end: cursor });
	}
	const paragraphIds = new Set(paragraphs.map(({ n }) => `p${n}`));
	const walk = (node: Root | Element): void => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			const id = child.properties.id;
			const range = typeof id === 'string' ? where.get(id) : undefined;
			if (range && range.end > range.start) {
				const result = textDirectiveFor(text, range.start, range.end, language);
				const fragment = fragmentOf(result.directive);
				const isParagraph = paragraphIds.has(id as string);
				if (isParagraph || fragment !== passageFragment(text.slice(range.start, range.end))) child.properties.dataCiteFragment = fragment;
				if (claims.has(id as string)) found.set(id as string, result);
				where.delete(id as string);
			}
			walk(child);
		}
	};
	walk(tree);
	return found;
}
