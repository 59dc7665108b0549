import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { articleFile, trickyFiles, writeContentSet } from '../helpers/content-set';
import { findAll } from '../helpers/html';
import { projectRoot, runAstro } from '../helpers/run-astro';

/** `rel` values that make a browser fetch the linked address. */
const FETCHING_RELS = new Set(['stylesheet', 'preload', 'prefetch', 'modulepreload', 'preconnect', 'dns-prefetch', 'prerender', 'icon', 'apple-touch-icon', 'manifest', 'mask-icon']);

/** An address the browser resolves against the page's own origin (a path, never a scheme or `//host`), or inline data. */
const onSite = (url: string) => /^\s*data:/i.test(url) || !/^\s*(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(url);

/** Every address on a page that the browser loads by itself, without the reader following a link. */
function loadedAddresses(html: string): string[] {
	const out: string[] = [];
	for (const el of findAll(fromHtml(html), () => true) as Element[]) {
		const p = el.properties;
		for (const name of ['src', 'poster', 'data', 'background', 'codeBase', 'action']) if (typeof p[name] === 'string') out.push(String(p[name]));
		for (const name of ['srcSet', 'imageSrcSet']) if (p[name] !== undefined) out.push(...String(p[name]).split(',').map((part) => part.trim().split(/\s+/)[0]!));
		if (el.tagName === 'link' && typeof p.href === 'string' && (p.rel as string[] | undefined)?.some((rel) => FETCHING_RELS.has(rel.toLowerCase()))) out.push(p.href);
		if (['image', 'use', 'feImage'].includes(el.tagName) && typeof (p.href ?? p.xLinkHref) === 'string') out.push(String(p.href ?? p.xLinkHref));
		if (el.tagName === 'meta' && String(p.httpEquiv ?? '').toLowerCase() === 'refresh') out.push(String(p.content).replace(/^[^;]*;\s*url=/i, ''));
	}
	return out;
}

describe('no page makes the reader\'s browser fetch from a third party', () => {
	// Sources with addresses in their text, an original URL and a site address of its own: only links, which a reader follows, may leave the site.
	// (A body's Markdown link would not show its address, so the verbatim rule refuses it; the escaped form is text.)
	const files = trickyFiles();
	files['articles/outside.md'] = articleFile('See \\[the report\\](https://tracker.example/report) and \\<https://tracker.example/auto>.');
	const run = runAstro('build', writeContentSet(files), { PARALLAX_SITE: 'https://parallax.example.org' });

	it('finds what a page would load (the scan itself can fail)', () => {
		const page = '<link rel="stylesheet" href="https://cdn.example/x.css"><link rel="canonical" href="https://parallax.example.org/"><img src="https://tracker.example/p.gif" srcset="/a.png 1x, //cdn.example/b.png 2x"><video poster="http://x.example/p.jpg"></video><a href="https://example.org/">link</a>';
		expect(loadedAddresses(page).filter((url) => !onSite(url))).toEqual(['https://cdn.example/x.css', 'https://tracker.example/p.gif', '//cdn.example/b.png', 'http://x.example/p.jpg']);
	});

	it('builds', () => {
		expect(run.status, run.output).toBe(0);
	});

	/** Every page and stylesheet of a build loads only from the site. */
	function expectNothingRemote(dir: string): void {
		const names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
		const pages = names.filter((name) => name.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(5);
		for (const page of pages) {
			const loaded = loadedAddresses(readFileSync(join(dir, page), 'utf8'));
			expect(loaded.filter((url) => !onSite(url)), page).toEqual([]);
		}
		for (const sheet of names.filter((name) => name.endsWith('.css'))) expect(readFileSync(join(dir, sheet), 'utf8'), sheet).not.toMatch(/@import|url\(\s*['"]?(?!data:)(?:[a-z]+:|\/\/)/i);
	}

	it('loads every image, script, stylesheet, icon and frame from the site itself, on every page', () => {
		expectNothingRemote(run.outDir);
	});

	it.runIf(existsSync(join(projectRoot, 'dist', 'index.html')))('does so on every page of the real build too', () => {
		expectNothingRemote(join(projectRoot, 'dist'));
	});

	it('refuses an image in a body, which would load from its address for every reader', () => {
		const withImage = trickyFiles();
		withImage['articles/outside.md'] = articleFile('A chart.\n\n![chart](https://tracker.example/pixel.gif)');
		const refused = runAstro('build', writeContentSet(withImage));
		expect(refused.status).not.toBe(0);
		expect(refused.output).toMatch(/articles\/outside\.md:16, \(text\)/);
		expect(refused.output).toContain('found an image');
	});
});
