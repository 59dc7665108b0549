import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { projectRoot } from './run-astro';

/** Parses one built page, such as `articles/tass-2025-02-10/index.html`, from a dist folder. */
export function loadPage(path: string, distDir = join(projectRoot, 'dist')): Root {
	return fromHtml(readFileSync(join(distDir, path), 'utf8'));
}

/** Every element below `node` that satisfies the test, in document order. */
export function findAll(node: Nodes, test: (element: Element) => boolean): Element[] {
	const found: Element[] = [];
	const walk = (current: Nodes): void => {
		if (current.type === 'element' && test(current)) found.push(current);
		if ('children' in current) for (const child of current.children) walk(child as Nodes);
	};
	walk(node);
	return found;
}

export function hasClass(element: Element, name: string): boolean {
	const value = element.properties.className;
	return Array.isArray(value) && value.includes(name);
}

/**
 * The text a reader sees in `node`, skipping the reader's own controls
 * (elements marked `data-furniture`, such as "link" buttons).
 */
export function textOf(node: Nodes): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' && node.properties.dataFurniture !== undefined) return '';
	if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
	return '';
}

/** Collapses runs of whitespace and trims, for comparing text across line wrapping. */
export function normalizeSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** One file of an article page's Cite section (`#cite`): the text it shows, and what its download link holds. */
export interface CitedFile {
	label: string;
	/** The `download` file name. */
	filename: string;
	/** The link's `type`. */
	type: string;
	/** The text shown in the `<pre>`. */
	shown: string;
	/** The text the link downloads, decoded from its `data:` URL. */
	downloaded: string;
}

/** The files an article page offers in its Cite section, as a reader sees and downloads them. */
export function citedFiles(page: Root): CitedFile[] {
	const [section] = findAll(page, (el) => el.properties.id === 'cite');
	if (!section) return [];
	const links = findAll(section, (el) => el.tagName === 'a' && el.properties.download !== undefined);
	const pres = findAll(section, (el) => el.tagName === 'pre');
	return links.map((link, i) => {
		const href = String(link.properties.href);
		const match = /^data:([^;,]+)(?:;charset=utf-8)?;base64,(.*)$/.exec(href);
		if (!match) throw new Error(`The download link is not a base64 data: URL: ${href.slice(0, 80)}`);
		return {
			label: String(pres[i]?.properties.dataCopy),
			filename: String(link.properties.download),
			type: String(link.properties.type),
			shown: pres[i] ? textOf(pres[i]) : '',
			downloaded: Buffer.from(match[2]!, 'base64').toString('utf8'),
		};
	});
}
