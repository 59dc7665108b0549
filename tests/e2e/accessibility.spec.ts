import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { crawl } from './pages';

test('axe finds no violations on any page, in light and dark mode', async ({ page }) => {
	test.setTimeout(120_000);
	const pages = await crawl(page);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of pages) {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).analyze();
			expect(violations.map((v) => `${scheme} ${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
		}
	}
});

test('every page has landmarks, one h1 and headings in order', async ({ page }) => {
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
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of await crawl(page)) {
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
