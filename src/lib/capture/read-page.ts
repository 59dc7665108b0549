import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { MAX_PAGE_DEPTH, MAX_SAVED_PAGE_BYTES } from '../limits';

/** A saved page, parsed, or a plain-text file, split into paragraphs. */
export type ReadPage = { kind: 'html'; dom: JSDOM; html: string } | { kind: 'text'; paragraphs: string[] };

/** A page the importer cannot read; its message says why and what to do, for the terminal. */
export class PageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PageError';
	}
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a page as a browser saves it (`.html`, `.htm`, "Web page, HTML only"
 * or "complete"), or a plain-text file (`.txt`, or anything that is not
 * markup), with paragraphs separated by blank lines (or, when there are none,
 * by line breaks). Throws `PageError` for a missing, empty or binary file.
 */
export function readPage(path: string, display: string = path): ReadPage {
	if (!existsSync(path) || !statSync(path).isFile()) throw new PageError(`${display}: no such file. Give the path of a page saved from the browser (File › Save Page As…, "Web Page, HTML only") or of a plain-text file.`);
	const size = statSync(path).size;
	if (size > MAX_SAVED_PAGE_BYTES) throw new PageError(`${display}: the file has ${size.toLocaleString('en')} bytes, more than the ${MAX_SAVED_PAGE_BYTES.toLocaleString('en')} a saved page may have. Save the page as "Web Page, HTML only", or copy the article's text into a .txt file.`);
	const bytes = readFileSync(path);
	if (bytes.length === 0) throw new PageError(`${display}: the file is empty. Save the page again from the browser.`);
	if (bytes.includes(0)) throw new PageError(`${display}: this is not a text or HTML file (it holds binary data). Save the page from the browser as "Web Page, HTML only", or copy its text into a .txt file.`);
	const ext = extname(path).toLowerCase();
	const head = bytes.subarray(0, 2048).toString('latin1').trimStart().toLowerCase();
	const looksHtml = ['.html', '.htm', '.xhtml'].includes(ext) || head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<!-- saved from');
	if (looksHtml) {
		// JSDOM sniffs the encoding from the bytes (BOM, `<meta charset>`), as a browser does. It runs none of the page's scripts and
		// fetches nothing (its defaults); a silent console keeps its notes on the page's CSS out of the editor's terminal.
		const dom = new JSDOM(bytes, { contentType: 'text/html', virtualConsole: new VirtualConsole() });
		const depth = maxDepth(dom.window.document.documentElement);
		if (depth > MAX_PAGE_DEPTH) throw new PageError(`${display}: its elements nest ${depth} deep, more than the ${MAX_PAGE_DEPTH} a page may have for the import to read it. Copy the article's text into a .txt file and import that.`);
		return { kind: 'html', dom, html: bytes.toString('utf8') };
	}
	let text: string;
	try {
		text = UTF8.decode(bytes);
	} catch {
		throw new PageError(`${display}: the text is not UTF-8. Save it again as UTF-8 (most editors offer it under "Save as… › Encoding").`);
	}
	return { kind: 'text', paragraphs: textParagraphs(text) };
}

/** Paragraphs of a plain text: blocks between blank lines, or lines when the text has no blank line; whitespace runs inside become one space. */
export function textParagraphs(text: string): string[] {
	const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const blocks = /\n[ \t]*\n/.test(clean) ? clean.split(/\n[ \t]*\n+/) : clean.split('\n');
	return blocks.map((block) => block.replace(/[ \t\n\f]+/g, ' ').trim()).filter(Boolean);
}

/** How deep the elements under `root` nest, counted without recursion (a hostile page can nest 200,000 deep). */
function maxDepth(root: Element): number {
	let deepest = 0;
	const stack: [Element, number][] = [[root, 1]];
	while (stack.length) {
		const [element, depth] = stack.pop()!;
		if (depth > deepest) deepest = depth;
		if (deepest > MAX_PAGE_DEPTH) return deepest;
		for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
	}
	return deepest;
}
