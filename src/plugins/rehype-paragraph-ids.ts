import type { Element, Root } from 'hast';

export interface Options {
	/** Put before every id, such as `tass-2025-02-10-` on the compare page. Default: `''`. */
	prefix?: string;
}

/**
 * Numbers the top-level paragraphs of one article `p1`, `p2`, … in reading
 * order and gives each an `id` and a `data-paragraph` number. Headings and
 * other blocks are not counted, so "paragraph 3" means what a reader counts.
 */
export function rehypeParagraphIds(options: Options = {}) {
	const prefix = options.prefix ?? '';
	return (tree: Root): void => {
		let count = 0;
		for (const node of tree.children) {
			if (node.type !== 'element' || node.tagName !== 'p') continue;
			count += 1;
			(node as Element).properties.id = `${prefix}p${count}`;
			(node as Element).properties.dataParagraph = String(count);
		}
	};
}
