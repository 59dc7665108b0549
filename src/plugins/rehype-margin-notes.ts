import type { Element, ElementContent, Root } from 'hast';

export interface Options {
	/** The article's language (BCP 47). The notes are in English, so they say so (`lang="en" dir="ltr"`) unless the article is in English too. Default: none, so they say so. */
	language?: string | undefined;
}

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
 * source text. Only markers that are not controls (`.claim-flag`) stay in the
 * sentence. A paragraph with only its link gets no group: a group of one
 * control says nothing.
 */
export function rehypeMarginNotes(options: Options = {}) {
	// The notes inherit the text's language and direction when it is English.
	const english = options.language?.toLowerCase().split('-')[0] === 'en';
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
			// The group is furniture, so what it holds need not say so again.
			for (const link of paragraphLink) delete link.properties.dataFurniture;
			const properties: Element['properties'] = { className: ['para-notes'], dataFurniture: '' };
			if (notes.length || nameNotes.length) Object.assign(properties, { role: 'group', ariaLabel: n === undefined ? 'Notes' : `Notes on paragraph ${n}` });
			if (!english) Object.assign(properties, { lang: 'en', dir: 'ltr' });
			const group: Element = { type: 'element', tagName: 'div', properties, children: [...notes, ...nameNotes, ...paragraphLink] };
			tree.children.splice(i + 1, 0, group);
			i++;
		}
	};
}
