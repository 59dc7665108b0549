import type { Element, Root } from 'hast';

export interface Options {
	/** Put before every id, such as `tass-2025-02-10-` on the compare page. Default: `''`. */
	prefix?: string;
	/** Add a visible "link to this paragraph" control at the end of each paragraph. Default: `false`. */
	links?: boolean;
}

/** The reader's "link" control for a paragraph; `data-furniture` keeps it out of the source text. */
function paragraphLink(id: string, n: number): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { className: ['cite-link', 'para-link'], href: `#${id}`, dataFurniture: '', ariaLabel: `Link to paragraph ${n}` },
		children: [{ type: 'text', value: `¶${n}` }],
	};
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
			if (options.links) (node as Element).children.push(paragraphLink(`${prefix}p${count}`, count));
		}
	};
}
