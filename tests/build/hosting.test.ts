import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { findAll, loadPage } from '../helpers/html';
import { projectRoot, runAstro } from '../helpers/run-astro';

/** Every HTML page under a dist folder, as paths relative to it. */
function htmlPages(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix)).flatMap((name) => {
		const path = join(prefix, name);
		if (statSync(join(dir, path)).isDirectory()) return htmlPages(dir, path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const dist = join(projectRoot, 'dist');
const attr = (el: Element, name: string) => (el.properties[name] === undefined ? undefined : String(el.properties[name]));

describe('size budgets and Content-Security-Policy, on every page of the real build', () => {
	const pages = htmlPages(dist);

	it('builds the expected pages', () => {
		expect(pages).toEqual(expect.arrayContaining(['index.html', 'compare/index.html', 'events/index.html', 'articles/tass-2025-02-10/index.html']));
	});

	it.each(pages)('%s: ≤ 6 KB JavaScript and ≤ 12 KB CSS (gzipped), nothing inline, no web fonts', (path) => {
		const page = loadPage(path);
		const scripts = findAll(page, (el) => el.tagName === 'script');
		const inlineScripts = scripts.filter((s) => !attr(s, 'src') && !['application/ld+json', 'application/json'].includes(attr(s, 'type') ?? ''));
		expect(inlineScripts, 'no inline script').toEqual([]);
		expect(findAll(page, (el) => el.tagName === 'style'), 'no <style>').toEqual([]);
		expect(findAll(page, (el) => el.properties.style !== undefined).map((el) => el.tagName), 'no style attributes').toEqual([]);
		const gz = (url: string) => gzipSync(readFileSync(join(dist, url.replace(/^\//, '')))).length;
		const js = scripts.flatMap((s) => (attr(s, 'src') ? [gz(attr(s, 'src')!)] : [])).reduce((a, b) => a + b, 0);
		const stylesheets = findAll(page, (el) => el.tagName === 'link' && String(el.properties.rel) === 'stylesheet').map((l) => attr(l, 'href')!);
		const css = stylesheets.map(gz).reduce((a, b) => a + b, 0);
		expect(js).toBeLessThanOrEqual(6 * 1024);
		expect(css).toBeLessThanOrEqual(12 * 1024);
		for (const sheet of stylesheets) expect(readFileSync(join(dist, sheet.replace(/^\//, '')), 'utf8')).not.toContain('@font-face');
	});
});

describe('hosting under a base path', () => {
	const run = runAstro('build', 'content', { PARALLAX_BASE: '/parallax/', PARALLAX_SITE: 'https://example.org' });

	it('builds', () => {
		expect(run.status, run.output).toBe(0);
	});

	it('makes every internal link, script and stylesheet respect the base', () => {
		const offenders: string[] = [];
		for (const path of htmlPages(run.outDir)) {
			const page = loadPage(path, run.outDir);
			for (const el of findAll(page, (e) => e.properties.href !== undefined || e.properties.src !== undefined)) {
				const url = String(el.properties.href ?? el.properties.src);
				if (url.startsWith('/') && !url.startsWith('/parallax/')) offenders.push(`${path}: ${url}`);
			}
			const [canonical] = findAll(page, (e) => e.tagName === 'link' && String(e.properties.rel) === 'canonical');
			expect(String(canonical?.properties.href)).toMatch(/^https:\/\/example\.org\/parallax\//);
		}
		expect(offenders).toEqual([]);
	});
});
