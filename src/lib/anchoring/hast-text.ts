import type { Element, ElementContent, Parents, Root, Text } from 'hast';

/** One text node of a tree, with where its characters sit in the tree's whole text. */
export interface TextSlot {
	node: Text;
	parent: Parents;
	/** The node's position in `parent.children`. */
	at: number;
	start: number;
	end: number;
	/** The outermost link (`<a>`) the text is in, and that link's parent, when it is in one. */
	link?: { node: Element; parent: Parents } | undefined;
}

/** The text of a tree as one string, and the text nodes it is made of. */
export interface TextIndex {
	text: string;
	slots: TextSlot[];
	/** Top-level paragraphs as `[start, end, number]`, for naming places in messages. */
	paragraphs: [number, number, number][];
}

/** True for the reader's own controls (link buttons, event numbers), which are not source text. */
export function isFurniture(node: ElementContent | Root): boolean {
	return node.type === 'element' && node.properties.dataFurniture !== undefined;
}

/**
 * Collects the text of `tree` in document order, skipping the reader's own
 * controls. Walks with an explicit stack, not recursion, so no depth of
 * nesting can overflow the call stack.
 */
export function indexText(tree: Root): TextIndex {
	const slots: TextSlot[] = [];
	const paragraphs: [number, number, number][] = [];
	const parts: string[] = [];
	let length = 0;
	// Each frame is a parent and the next child to visit; a top-level paragraph's frame remembers where it started.
	const stack: { parent: Parents; next: number; link: TextSlot['link']; paragraph?: [number, number] }[] = [{ parent: tree, next: 0, link: undefined }];
	while (stack.length) {
		const frame = stack.at(-1)!;
		if (frame.next >= frame.parent.children.length) {
			stack.pop();
			if (frame.paragraph) paragraphs.push([frame.paragraph[0], length, frame.paragraph[1]]);
			continue;
		}
		const at = frame.next++;
		const child = frame.parent.children[at]!;
		if (child.type === 'text') {
			slots.push({ node: child, parent: frame.parent, at, start: length, end: length + child.value.length, link: frame.link });
			parts.push(child.value);
			length += child.value.length;
		} else if (child.type === 'element' && !isFurniture(child)) {
			const paragraph: [number, number] | undefined = frame.parent === tree && child.properties.dataParagraph !== undefined ? [length, Number(child.properties.dataParagraph)] : undefined;
			stack.push({ parent: child, next: 0, link: frame.link ?? (child.tagName === 'a' ? { node: child, parent: frame.parent } : undefined), ...(paragraph ? { paragraph } : {}) });
		}
	}
	return { text: parts.join(''), slots, paragraphs };
}

/** Names the paragraph an offset falls in, for error messages. */
export function describeOffsetIn(index: TextIndex): (offset: number) => string {
	return (offset) => {
		const paragraph = index.paragraphs.find(([start, end]) => offset >= start && offset < end);
		return paragraph ? `paragraph ${paragraph[2]}` : `character ${offset}`;
	};
}

/** A span of the tree's text to wrap, and how to wrap each piece of it. */
export interface WrapSpan {
	start: number;
	end: number;
	/** Makes the wrapper for one piece; `first` is true for the piece where the span starts. */
	wrapper: (piece: { first: boolean; last: boolean }) => Element;
	/** Optional element placed right after the span's last piece, such as a link to the event; after the source's link when the span ends inside one, so links never nest. */
	after?: Element | undefined;
}

/**
 * Wraps spans of the tree's text in elements, splitting text nodes at every
 * span boundary. Each piece is wrapped inside its own text node's parent, so
 * the result stays validly nested when a span crosses inline markup or
 * overlaps another span: overlaps become nested wrappers, outer span first.
 * Works in one sweep over the text nodes; `index` must come from `indexText`
 * on this same tree.
 */
export function wrapSpans(index: TextIndex, spans: readonly WrapSpan[]): void {
	const ordered = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
	const replacements = new Map<Parents, { at: number; nodes: ElementContent[] }[]>();
	const afterLinks: { link: NonNullable<TextSlot['link']>; element: Element }[] = [];
	let next = 0;
	let active: WrapSpan[] = [];
	for (const slot of index.slots) {
		while (next < ordered.length && ordered[next]!.start < slot.end) active.push(ordered[next++]!);
		active = active.filter((span) => span.end > slot.start);
		const here = active.filter((span) => span.start < slot.end);
		if (here.length === 0) continue;

		const cuts = new Set([slot.start, slot.end]);
		for (const span of here) {
			if (span.start > slot.start) cuts.add(span.start);
			if (span.end < slot.end) cuts.add(span.end);
		}
		const points = [...cuts].sort((a, b) => a - b);
		const nodes: ElementContent[] = [];
		// A sweep over the pieces: the spans that cover a piece are opened in `here`'s order (by start, outermost first)
		// and dropped once they end, so a text with many spans costs pieces + spans, not their product.
		let opened = 0;
		let covering: WrapSpan[] = [];
		for (let i = 0; i + 1 < points.length; i++) {
			const [from, to] = [points[i]!, points[i + 1]!];
			const text: Text = { type: 'text', value: slot.node.value.slice(from - slot.start, to - slot.start) };
			let level: ElementContent[] = nodes;
			while (opened < here.length && here[opened]!.start < to) covering.push(here[opened++]!);
			if (covering.some((s) => s.end <= from)) covering = covering.filter((s) => s.end > from);
			for (const span of covering) {
				const wrapper = span.wrapper({ first: from === span.start, last: to === span.end });
				level.push(wrapper);
				if (to === span.end && span.after) {
					if (slot.link) afterLinks.push({ link: slot.link, element: span.after });
					else level.push(span.after);
				}
				level = wrapper.children;
			}
			level.push(text);
		}
		const list = replacements.get(slot.parent) ?? [];
		list.push({ at: slot.at, nodes });
		replacements.set(slot.parent, list);
	}
	for (const [parent, list] of replacements) {
		// Rebuilt rather than spliced with spread arguments, which overflow the stack for a paragraph of many thousand marks.
		const byAt = new Map(list.map(({ at, nodes }) => [at, nodes]));
		const children: ElementContent[] = [];
		(parent.children as ElementContent[]).forEach((child, i) => {
			const nodes = byAt.get(i);
			if (nodes) for (const node of nodes) children.push(node);
			else children.push(child);
		});
		(parent as { children: ElementContent[] }).children = children;
	}
	// Controls for spans that end inside a source's link go right after that link, in the order the spans end.
	const insertedAfter = new Map<Element, number>();
	for (const { link, element } of afterLinks) {
		const count = insertedAfter.get(link.node) ?? 0;
		const at = (link.parent.children as ElementContent[]).indexOf(link.node);
		(link.parent.children as ElementContent[]).splice(at + 1 + count, 0, element);
		insertedAfter.set(link.node, count + 1);
	}
}
