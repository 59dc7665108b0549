import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { projectRoot } from '../helpers/run-astro';
import { runNpmBuild } from '../helpers/run-build';
import { serveStatic } from '../helpers/static-server';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

// Sources in Spanish, Russian, Chinese, Japanese and Hindi: each is indexed in its own language, and one search box searches them all.
// One build for the file: serial, in one worker (two builds at once would share Astro's `.astro/` folder).
test.describe.configure({ mode: 'serial' });
let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
let out = '';

test.beforeAll(async () => {
	test.setTimeout(180_000);
	const scratch = mkdtempSync(join(tmpdir(), 'parallax-search-'));
	out = join(scratch, 'dist');
	const run = runNpmBuild({ PARALLAX_CONTENT: join(projectRoot, 'tests/fixtures/content/unicode-equivalence'), PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: join(scratch, 'cache') });
	expect(run.status, run.output).toBe(0);
	site = await serveStatic(out);
});

test.afterAll(() => site?.close());

async function search(page: Page, query: string): Promise<string[]> {
	await page.goto(`${site!.origin}/`);
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('searchbox', { name: 'Search the sources' }).fill(query);
	await expect(page.locator('[data-search-status]')).not.toHaveText('');
	// Each result lists the paragraphs that hold a hit, each with its link.
	return page.locator('.search-results p a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
}

test('the index holds one record per article, and its fragment files are fewer than the articles', () => {
	const articles = readdirSync(join(out, 'articles'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
	const languages = JSON.parse(readFileSync(join(out, 'pagefind/languages.json'), 'utf8')) as string[];
	const bundles = languages.map((language) => ({
		entry: JSON.parse(readFileSync(join(out, 'pagefind', language, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> },
		fragments: readdirSync(join(out, 'pagefind', language, 'fragment')).length,
	}));
	// Pagefind counts each record as a page.
	expect(bundles.flatMap(({ entry }) => Object.values(entry.languages)).reduce((sum, { page_count }) => sum + page_count, 0)).toBe(articles);
	expect(bundles.reduce((sum, { fragments }) => sum + fragments, 0)).toBeLessThanOrEqual(articles);
	// Pagefind's own interfaces are not published: the site has its own.
	for (const language of languages) expect(readdirSync(join(out, 'pagefind', language)).filter((name) => name.includes('-ui.') || name.includes('highlight'))).toEqual([]);
});

test('a Chinese or Japanese word inside text without spaces is found', async ({ page }) => {
	expect(await search(page, '普京')).toEqual(expect.arrayContaining(['/articles/xinwen-2024-06-12/#p1', '/articles/xinwen-2024-06-12/#p2']));
	expect(await search(page, '莫斯科')).toEqual(['/articles/xinwen-2024-06-12/#p1']);
	expect(await search(page, 'モスクワ')).toEqual(['/articles/shimbun-2024-06-12/#p1']);
});

test('a Russian query finds another form of the word, and a Spanish one its source', async ({ page }) => {
	expect(await search(page, 'причалы')).toEqual(['/articles/vestnik-2024-06-12/#p2']);
	expect(await search(page, 'muelles')).toEqual(['/articles/diario-2024-06-12/#p2']);
});

test('the language filter narrows a search across languages', async ({ page }) => {
	// "Fixture" is in no passage; "2024" neither: search a word of two languages' bundles instead, then narrow.
	const all = await search(page, '普京');
	expect(all.length).toBe(2);
	await page.locator('.search-filters summary').click();
	await expect(page.locator('select[name="language"] option')).toHaveText(['Any language', 'es', 'hi', 'ja', 'ru', 'zh']);
	await page.locator('select[name="language"]').selectOption('ja');
	await expect(page.locator('[data-search-status]')).toHaveText('No passage found.');
	await page.locator('select[name="language"]').selectOption('zh');
	await expect(page.locator('.search-results p a')).toHaveCount(2);
});
