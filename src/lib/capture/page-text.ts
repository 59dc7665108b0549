import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { RemovedFurniture } from '../../schemas/removed-furniture';
import { furnitureOf } from './furniture';

/** One block of an article's text: a paragraph, or a section heading of the source. */
export interface TextBlock {
	kind: 'paragraph' | 'heading';
	/** The text as a reader sees it: HTML whitespace collapsed, line breaks (`<br>`) kept as `\n`. */
	text: string;
}

/** What the importer takes from a page's body: its text, and everything inside the body it left out. */
export interface PageText {
	blocks: TextBlock[];
	removed: RemovedFurniture[];
}

const PX = 'data-parallax-node';
const LEAF = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'PRE', 'DT', 'DD', 'FIGCAPTION', 'ADDRESS', 'TD', 'TH']);
const BLOCK = new Set([...LEAF, 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'UL', 'OL', 'DL', 'FIGURE', 'HEADER', 'FOOTER', 'TABLE', 'TBODY', 'TR', 'MAIN', 'NAV', 'FORM', 'HR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME']);

/** An element's text as a reader sees it: HTML whitespace collapsed to one space, `<br>` as a line break, hidden parts and `skip` left out. */
export function visibleText(el: Element, skip: (el: Element) => boolean = () => false): string {
	let out = '';
	const walk = (node: Node) => {
		for (const child of node.childNodes) {
			if (child.nodeType === 3) out += (child as Text).data;
			else if (child.nodeType === 1) {
				const e = child as Element;
				if (SKIP.has(e.tagName) || e.hasAttribute('hidden') || skip(e)) continue;
				if (e.tagName === 'BR') out += '\u0000';
				else if (BLOCK.has(e.tagName)) {
					// Blocks inside (the items of a list of links) stay on lines of their own.
					out += '\u0000';
					walk(e);
					out += '\u0000';
				} else walk(e);
			}
		}
	};
	walk(el);
	// HTML collapses ASCII whitespace only; a no-break space is the source's own character.
	return out
		.replace(/[ \t\n\r\f]+/g, ' ')
		.replace(/ ?(?:\u0000 ?)+/g, '\n')
		.replace(/^[ \n]+|[ \n]+$/g, '');
}

/** The innermost blocks under `root` that hold text: paragraphs, headings, list items, or a `div` with no block inside. */
function leafBlocks(root: Element, skip: (el: Element) => boolean): Element[] {
	const out: Element[] = [];
	const walk = (el: Element) => {
		if (SKIP.has(el.tagName) || skip(el)) return;
		const hasBlock = [...el.children].some((c) => BLOCK.has(c.tagName) || c.querySelector([...BLOCK].join(',')));
		if (LEAF.has(el.tagName) || !hasBlock) {
			if (visibleText(el, skip)) out.push(el);
			return;
		}
		for (const child of el.children) walk(child);
	};
	for (const child of root.children) walk(child);
	return out;
}

/** The nearest element that contains all of `els`. */
function commonAncestor(els: readonly Element[]): Element | undefined {
	let candidate: Element | null = els[0]?.parentElement ?? null;
	while (candidate && !els.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
	return candidate ?? undefined;
}

/**
 * Extracts an article's text from a page with Mozilla Readability, block for
 * block, and lists what it left out of the article body (a "read also" box,
 * a caption, a byline, a newsletter prompt, anything else) as `removed`
 * furniture with its kind and position, so the edit stays visible. `document`
 * is not changed: Readability works on a copy, and every element is numbered
 * first, so each block it keeps is traced back to the page.
 */
export function pageText(document: Document, headline?: string): PageText {
	let n = 0;
	for (const el of document.querySelectorAll('*')) el.setAttribute(PX, String(n++));
	const copy = new JSDOM(document.documentElement.outerHTML, { contentType: 'text/html', virtualConsole: new VirtualConsole() }).window.document;
	const parsed = new Readability<Element>(copy, { serializer: (node) => node as Element, keepClasses: true }).parse();
	const original = new Map([...document.querySelectorAll(`[${PX}]`)].map((el) => [el.getAttribute(PX)!, el]));
	const origin = (el: Element): Element | undefined => {
		const marked = el.closest(`[${PX}]`);
		return marked ? original.get(marked.getAttribute(PX)!) : undefined;
	};
	const kept = parsed?.content ? leafBlocks(parsed.content, () => false).map((el) => ({ el, from: origin(el) })) : [];
	const body = commonAncestor(kept.flatMap((k) => (k.from ? [k.from] : [])));
	if (!body) return { blocks: [], removed: [] };

	// Boxes inside the body that are not its text, outermost first.
	const furniture = new Map<Element, ReturnType<typeof furnitureOf> & {}>();
	for (const el of body.querySelectorAll('*')) {
		if ([...furniture.keys()].some((f) => f.contains(el))) continue;
		const kind = furnitureOf(el);
		if (kind) furniture.set(el, kind);
	}
	const inFurniture = (el: Element | undefined) => el !== undefined && [...furniture.keys()].some((f) => f === el || f.contains(el));

	const blocks: { block: TextBlock; from: Element | undefined }[] = [];
	for (const { el, from } of kept) {
		if (inFurniture(from)) continue;
		const text = visibleText(el, (e) => inFurniture(origin(e)));
		if (!text) continue;
		const heading = /^H[1-6]$/.test(el.tagName);
		// The headline is the title, recorded in the frontmatter, not a block of the text.
		if (heading && headline !== undefined && text === headline && blocks.length === 0) continue;
		blocks.push({ block: { kind: heading ? 'heading' : 'paragraph', text }, from });
	}

	// Where a removed box stood: after the last paragraph before it in the page.
	const paragraphs = blocks.filter((b) => b.block.kind === 'paragraph');
	const position = (el: Element): string => {
		const before = paragraphs.filter((p) => p.from && (p.from.compareDocumentPosition(el) & 4) !== 0 && !p.from.contains(el)).length;
		const inside = paragraphs.findIndex((p) => p.from?.contains(el));
		if (inside >= 0) return `inside paragraph ${inside + 1}`;
		return before === 0 ? 'before paragraph 1' : `after paragraph ${before}`;
	};
	const removed: { at: Element; item: RemovedFurniture }[] = [];
	for (const [el, { kind, reason }] of furniture) {
		const text = visibleText(el);
		if (text) removed.push({ at: el, item: { text, kind, position: position(el), reason } });
	}
	// Text of the body that Readability dropped and no rule named: listed too, so nothing leaves the page unrecorded.
	const keptOrigins = new Set(blocks.map((b) => b.from));
	for (const el of leafBlocks(body, (e) => furniture.has(e))) {
		if (keptOrigins.has(el) || [...keptOrigins].some((k) => k && (k.contains(el) || el.contains(k)))) continue;
		const text = visibleText(el);
		if (!text || text === headline) continue;
		removed.push({ at: el, item: { text, kind: 'other', position: position(el), reason: 'Left out by the text extractor (Mozilla Readability) as not article text; check it, and move it into the text if it is.' } });
	}
	removed.sort((a, b) => (a.at.compareDocumentPosition(b.at) & 4 ? -1 : 1));
	// One box in two elements ("READ ALSO:" and the list of links right after it) is one removed item.
	const merged: typeof removed = [];
	for (const entry of removed) {
		const last = merged.at(-1);
		if (last && last.item.kind === entry.item.kind && last.item.position === entry.item.position && last.at.nextElementSibling === entry.at) {
			merged[merged.length - 1] = { at: entry.at, item: { ...last.item, text: `${last.item.text}\n${entry.item.text}` } };
		} else merged.push(entry);
	}
	for (const el of document.querySelectorAll(`[${PX}]`)) el.removeAttribute(PX);
	return { blocks: blocks.map((b) => b.block), removed: merged.map((r) => r.item) };
}
