import type { Element, Root } from 'hast';
import { headingId } from '../lib/corpus/page-ids';

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
 * Gives a source's headings ids of their own (`h.<slug>`) and numbers the top-level paragraphs of one article `p1`, `p2`, … in reading
 * order and gives each an `id` and a `data-paragraph` number. Headings and
 * other blocks are not counted, so "paragraph 3" means what a reader counts.
 */
export function rehypeParagraphIds(options: Options = {}) {
	const prefix = options.prefix ?? '';
	return (tree: Root): void => {
		let count = 0;
		for (const node of tree.children) {
			if (node.type !== 'element') continue;
			// A source's headings keep their slug, in their own namespace: `h.<slug>`, so `## P1` never clashes with paragraph 1.
			if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string') {
				node.properties.id = `${prefix}${headingId(node.properties.id)}`;
				continue;
			}
			if (node.tagName !== 'p') continue;
			count += 1;
			node.properties.id = `${prefix}p${count}`;
			node.properties.dataParagraph = String(count);
			if (options.links) node.children.push(paragraphLink(`${prefix}p${count}`, count));
		}
	};
}
