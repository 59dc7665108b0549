import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runAstro } from '../helpers/run-astro';

// The site built under a sub-path and served as a static host would, with the
// headers of its own `_headers` file (the Content-Security-Policy included).
const BASE = '/parallax/';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.jsonld': 'application/ld+json', '.wasm': 'application/wasm', '.txt': 'text/plain', '.xml': 'application/xml', '.bib': 'text/plain' };
let server: Server;
let origin = '';

test.beforeAll(async () => {
	test.setTimeout(120_000);
	const run = runAstro('build', 'content', { PARALLAX_BASE: BASE, PARALLAX_SITE: 'https://example.org' });
	expect(run.status, run.output).toBe(0);
	// The second half of `npm run build`: the search index.
	const indexed = spawnSync(process.execPath, ['scripts/index-search.mjs'], { encoding: 'utf8', env: { ...process.env, PARALLAX_OUT_DIR: run.outDir } });
	expect(indexed.status, indexed.stderr).toBe(0);
	const headers = Object.fromEntries(
		readFileSync(join(run.outDir, '_headers'), 'utf8')
			.split(`${BASE}*.`)[0]!
			.split('\n')
			.filter((line) => line.startsWith('  '))
			.map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]),
	);
	expect(headers['Content-Security-Policy']).toContain("default-src 'self'");
	server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = path.startsWith(BASE) ? join(run.outDir, path.slice(BASE.length)) : '';
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = file && existsSync(file);
		response.writeHead(found ? 200 : 404, { ...headers, 'Content-Type': TYPES[found ? extname(file) : '.html'] ?? 'application/octet-stream' });
		if (found) createReadStream(file).pipe(response);
		else createReadStream(join(run.outDir, '404.html')).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('under a sub-path and the shipped CSP: no console error, no failed request, search works', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (message) => message.type() === 'error' && problems.push(`${page.url()}: ${message.text()}`));
	page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
	page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
	for (const path of ['', 'compare/', 'events/', 'events/krivoi-release/', 'articles/tass-2025-02-10/', 'stories/russia-gaza-hostages/', 'stories/russia-gaza-hostages/compare/']) {
		await page.goto(`${origin}${BASE}${path}`);
		await expect(page.locator('main')).toBeVisible();
	}
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('searchbox', { name: 'Search the sources' }).fill('Zakharova');
	const result = page.locator('.search-results a', { hasText: 'TASS' }).first();
	await expect(result).toBeVisible();
	await result.click();
	// The result carries the searched words (and the matched entity) for the landing highlight.
	await expect(page).toHaveURL(new RegExp(`${BASE}articles/tass-2025-02-10/\\?highlight=zakharova[^#]*#p\\d+$`, 'i'));
	expect(problems).toEqual([]);
});

test('under the shipped CSP and a sub-path, the Cite section downloads its files, and an old citation address goes on to it', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (message) => message.type() === 'error' && problems.push(`${page.url()}: ${message.text()}`));
	await page.goto(`${origin}${BASE}articles/tass-2025-02-10/`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download tass-2025-02-10.csl.json' }).click()]);
	expect(download.suggestedFilename()).toBe('tass-2025-02-10.csl.json');
	expect(await download.failure()).toBeNull();
	expect(problems).toEqual([]);
	// This server, like a host without `_redirects`, answers an old citation address with the 404 page, whose script goes on to the Cite section under the base path.
	await page.goto(`${origin}${BASE}articles/tass-2025-02-10/citation.bib`);
	await expect(page).toHaveURL(`${origin}${BASE}articles/tass-2025-02-10/#cite`);
	await expect(page.locator('#cite')).toBeInViewport();
	expect(problems.filter((p) => !p.includes('status of 404')), 'nothing but the 404 itself').toEqual([]);
});
