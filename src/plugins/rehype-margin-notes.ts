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

/** Every element in `parent`'s subtree that has `property`, in document order. */
function withProperty(parent: Element, property: string): Element[] {
	const found: Element[] = [];
	const walk = (node: Element): void => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.properties[property] !== undefined) found.push(child);
			walk(child);
		}
	};
	walk(parent);
	return found;
}

/** Takes out the claim-tools spans that moving the notes left empty. */
function dropEmptyTools(parent: Element): void {
	parent.children = parent.children.filter((child) => !(hasClass(child, 'claim-tools') && (child as Element).children.length === 0));
	for (const child of parent.children) if (child.type === 'element') dropEmptyTools(child);
}

/**
 * Reading first: the reader's controls and notes never interrupt a sentence.
 * Each claim's side note (`.side-note`: its event, relation, speaker, note,
 * outside reporting, a link to cite it) and the paragraph link are moved out
 * of the text into one `div.para-notes` right after the paragraph, in the
 * order the claims appear; a known error in a name (a mention with
 * `data-name-note`) gets a note there too, which the name's
 * `aria-describedby` points at. Stylesheets set the notes beside the
 * paragraph where there is room, or after it. They are furniture: never
 * source text. Only markers that are not controls (`.claim-flags`) stay in the
 * sentence.
 */
export function rehypeMarginNotes() {
	return (tree: Root): void => {
		for (let i = 0; i < tree.children.length; i++) {
			const node = tree.children[i]!;
			if (node.type !== 'element' || node.tagName !== 'p') continue;
			// In the order the claims start, as a reader meets them (they were placed where each ends).
			const starts = withProperty(node, 'id').map((el) => el.properties.id);
			const startOf = (note: Element) => starts.indexOf(note.children.find((c): c is Element => hasClass(c, 'claim-ref'))?.properties.dataTarget as string);
			const notes = takeAll(node, 'side-note').sort((a, b) => startOf(a) - startOf(b));
			dropEmptyTools(node);
			const paragraphLink = takeAll(node, 'para-link');
			const paragraphId = String(node.properties.id ?? `p${i}`);
			const nameNotes = withProperty(node, 'dataNameNote').map((mention, k): Element => {
				const id = `name.${paragraphId}.${k + 1}`;
				const text = String(mention.properties.dataNameNote);
				delete mention.properties.dataNameNote;
				mention.properties.ariaDescribedBy = [id];
				return { type: 'element', tagName: 'div', properties: { className: ['name-note'], id }, children: [{ type: 'text', value: text }] };
			});
			if (!notes.length && !nameNotes.length && !paragraphLink.length) continue;
			const n = node.properties.dataParagraph;
			const group: Element = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['para-notes'], dataFurniture: '', role: 'group', ariaLabel: n === undefined ? 'Notes' : `Notes on paragraph ${n}`, lang: 'en', dir: 'ltr' },
				children: [...notes, ...nameNotes, ...paragraphLink],
			};
			tree.children.splice(i + 1, 0, group);
			i++;
		}
	};
}
