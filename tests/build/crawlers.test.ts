import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAll, loadPage } from '../helpers/html';
import { projectRoot, runAstro } from '../helpers/run-astro';

const dist = join(projectRoot, 'dist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'));

describe('what hosts and crawlers expect', () => {
	it('has a sitemap of every page but the 404, and a robots.txt that names it', () => {
		const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
		const listed = [...sitemap.matchAll(/<loc>https:\/\/parallax\.example\.org\/([^<]*)<\/loc>/g)].map((m) => `${m[1]}index.html`);
		// `/compare/`, `/events/` and `/differences/` show the primary story, whose own pages are the canonical ones.
		const expected = pages.filter((p) => !['404.html', 'compare/index.html', 'events/index.html', 'differences/index.html'].includes(p)).sort();
		expect(listed.sort()).toEqual(expected);
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://parallax.example.org/sitemap.xml');
	});

	it('gives every page a title, description, canonical URL, favicon, and Open Graph meta (which X reads too), each once', () => {
		for (const path of pages) {
			const page = loadPage(path);
			const meta = (key: string) => findAll(page, (el) => el.tagName === 'meta' && (el.properties.property === key || el.properties.name === key))[0]?.properties.content;
			for (const key of ['description', 'og:title', 'og:description', 'og:url', 'twitter:card']) expect(meta(key), `${path} ${key}`).toBeTruthy();
			// X falls back to og:title and og:description; repeating them as twitter:* would add bytes to every page.
			for (const key of ['twitter:title', 'twitter:description']) expect(meta(key), `${path} ${key}`).toBeUndefined();
			expect(findAll(page, (el) => el.tagName === 'link' && String(el.properties.rel) === 'icon').map((el) => el.properties.href)).toEqual(['/favicon.svg']);
		}
		expect(readFileSync(join(dist, 'favicon.svg'), 'utf8')).toContain('<svg');
	});

	it('has a 404 page that helps', () => {
		const page = loadPage('404.html');
		const links = findAll(page, (el) => el.tagName === 'a').map((a) => String(a.properties.href));
		expect(links).toEqual(expect.arrayContaining(['/', '/stories/russia-gaza-hostages/', '/events/']));
	});

	it('warns when PARALLAX_SITE is not set, and not when it is', () => {
		const without = runAstro('build', 'tests/fixtures/content/minimal');
		expect(without.output).toContain('PARALLAX_SITE is not set');
		const withSite = runAstro('build', 'tests/fixtures/content/minimal', { PARALLAX_SITE: 'https://example.org' });
		expect(withSite.output).not.toContain('PARALLAX_SITE is not set');
	});
});
