import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runAstro } from '../helpers/run-astro';

/**
 * A link checker over a built site: every internal `href` and `src` of every
 * page resolves to a file of the build, every `#anchor` to an id on its page,
 * and nothing leaves the base path.
 */
function brokenLinks(outDir: string, base: string): string[] {
	const origin = 'http://site.test';
	const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
	const idsOf = new Map<string, Set<string>>();
	const ids = (file: string) => {
		if (!idsOf.has(file)) idsOf.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))));
		return idsOf.get(file)!;
	};
	const broken: string[] = [];
	for (const page of pages) {
		const html = readFileSync(join(outDir, page), 'utf8');
		const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, origin);
		for (const match of html.matchAll(/<(?:a|link|script|img|source)\b[^>]*?\s(?:href|src)="([^"]*)"/g)) {
			const raw = match[1]!.replace(/&amp;/g, '&');
			const url = new URL(raw, pageUrl);
			if (url.origin !== origin) continue;
			if (!url.pathname.startsWith(base)) {
				broken.push(`${page}: ${raw} leaves the base ${base}`);
				continue;
			}
			let file = join(outDir, decodeURIComponent(url.pathname.slice(base.length)));
			if (url.pathname.endsWith('/')) file = join(file, 'index.html');
			if (!existsSync(file)) {
				broken.push(`${page}: ${raw} (no file)`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && file.endsWith('.html') && !ids(file).has(fragment)) broken.push(`${page}: ${raw} (no id "${fragment}")`);
		}
	}
	return broken;
}

describe('every internal link resolves', () => {
	it('at the root', () => {
		const broken = brokenLinks(join(projectRoot, 'dist'), '/');
		expect(broken).toEqual([]);
	});

	it('under a base path, without leaving it', () => {
		const run = runAstro('build', 'content', { PARALLAX_BASE: '/parallax/', PARALLAX_SITE: 'https://example.org' });
		expect(run.status, run.output).toBe(0);
		expect(brokenLinks(run.outDir, '/parallax/')).toEqual([]);
	});

	it('can fail: a link to a missing page or anchor is reported', () => {
		const run = runAstro('build', 'tests/fixtures/content/minimal');
		expect(run.status, run.output).toBe(0);
		const page = join(run.outDir, 'articles/sample/index.html');
		const html = readFileSync(page, 'utf8').replace('</main>', '<a href="/nowhere/">x</a><a href="#no-such-id">y</a><a href="/../../etc/">z</a></main>');
		writeFileSync(page, html);
		const broken = brokenLinks(run.outDir, '/');
		expect(broken).toEqual(expect.arrayContaining([expect.stringContaining('/nowhere/ (no file)'), expect.stringContaining('#no-such-id (no id')]));
	});
});
