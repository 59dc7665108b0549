import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { crawl } from './pages';

// One test per colour scheme, so the two run in parallel and each has its own time: every page of every type, entity pages included.
for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds no violations of WCAG 2.2 AA on any page, in ${scheme} mode`, async ({ page }) => {
		test.setTimeout(600_000);
		const pages = await crawl(page);
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of pages) {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			expect(violations.map((v) => `${scheme} ${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
		}
	});
}

test('every page has landmarks, one h1 and headings in order', async ({ page }) => {
	// Every page of the site, one after another: on a shared machine that takes more than the default 30 s.
	test.setTimeout(120_000);
	for (const path of await crawl(page)) {
		await page.goto(path);
		await expect(page.locator('header.site-header'), path).toHaveCount(1);
		await expect(page.locator('main'), path).toHaveCount(1);
		await expect(page.locator('footer'), path).toHaveCount(1);
		await expect(page.locator('nav[aria-label="Site"]'), path).toHaveCount(1);
		const levels = await page.$$eval('main h1, main h2, main h3, main h4', (hs) => hs.map((h) => Number(h.tagName[1])));
		expect(levels[0], path).toBe(1);
		expect(levels.filter((l) => l === 1), path).toHaveLength(1);
		levels.forEach((level, i) => i > 0 && expect(level, `${path}: heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1));
	}
});

test('no page scrolls sideways on a phone', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 360, height: 740 });
	const pages = await crawl(page);
	expect(pages.length).toBeGreaterThan(15);
	for (const path of pages) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});

test('dark mode follows prefers-color-scheme, and print hides the controls', async ({ page }) => {
	await page.goto('/compare/');
	const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(dark).not.toBe(light);
	expect(dark).toBe('rgb(22, 21, 19)');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.legend')).toBeHidden();
	await expect(page.locator('nav[aria-label="Site"]')).toBeHidden();
	await expect(page.locator('.cite-link').first()).toBeHidden();
	await expect(page.locator('mark.claim').first()).toBeVisible();
});

test('every control reaches 24 × 24 px on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const path of ['/articles/tass-2025-02-10/', '/compare/', '/events/krivoi-release/']) {
		await page.goto(path);
		const small = await page.$$eval('.cite-link, .claim-ref', (links) =>
			links
				.map((a) => a.getBoundingClientRect())
				.filter((r) => r.width > 0 && (r.width < 24 || r.height < 24))
				.map((r) => `${r.width}×${r.height}`),
		);
		expect(small, path).toEqual([]);
	}
});

test('a cited anchor lands in view, with room above it', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	for (const [path, id] of [
		['/articles/tass-2025-02-10/#p3', 'p3'],
		['/articles/tass-2025-02-10/#krivoi-release', 'krivoi-release'],
		['/events/krivoi-release/#tass-2025-02-10.krivoi-release', 'tass-2025-02-10.krivoi-release'],
	] as const) {
		await page.goto(path);
		const top = await page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
		expect(top, path).toBeGreaterThanOrEqual(16);
		expect(top, path).toBeLessThan(900 / 2);
	}
});

test('reading a source, no control sits inside a sentence', async ({ page }) => {
	await page.goto('/articles/tass-2025-02-10/');
	// Every claim control and paragraph link is in its paragraph's margin notes, never between words.
	const inText = await page.$$eval('.source-text p', (ps) => ps.flatMap((p) => [...p.querySelectorAll('.cite-link, .claim-ref')].filter((a) => !a.closest('.para-notes')).map((a) => a.textContent)));
	expect(inText).toEqual([]);
});
