import type { Element, ElementContent, Root } from 'hast';

function hasClass(node: ElementContent, name: string): boolean {
	return node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes(name);
}

/** Takes every element with class `name` out of `parent`'s subtree, in document order. */
function takeAll(parent: Element, name: string): Element[] {
	const taken: Element[] = [];
	const walk = (node: Element): void => {
		node.children = node.children.filter((child) => {
			if (hasClass(child, name)) {
				taken.push(child as Element);
				return false;
			}
			if (child.type === 'element') walk(child);
			return true;
		});
	};
	walk(parent);
	return taken;
}

/**
 * Reading first: the reader's controls never interrupt a sentence. The claim
 * controls (event number, link) and the paragraph link are moved out of the
 * text into one `span.para-notes` at the end of each paragraph, in the order
 * the claims appear. Stylesheets set it in the margin where there is one, or
 * as a small line after the paragraph. It is furniture: never source text.
 */
export function rehypeMarginNotes() {
	return (tree: Root): void => {
		for (const node of tree.children) {
			if (node.type !== 'element' || node.tagName !== 'p') continue;
			const tools = takeAll(node, 'claim-tools');
			const paragraphLink = takeAll(node, 'para-link');
			if (!tools.length && !paragraphLink.length) continue;
			node.children.push({ type: 'element', tagName: 'span', properties: { className: ['para-notes'], dataFurniture: '' }, children: [...tools, ...paragraphLink] });
		}
	};
}
