import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { crawl } from './pages';

const differences = '/stories/russia-gaza-hostages/differences/';

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
	test(`at ${viewport.width}×${viewport.height}, the home page's first screen says whether the sources disagree, and one click reaches every case`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/');
		const link = page.locator(`main a[href="${differences}"]`).first();
		await expect(link).toBeInViewport({ ratio: 1 });
		const text = (await link.textContent())!.replace(/\s+/g, ' ').trim();
		const counts = /^Where they differ: (\d+|No) disagreements? between sources · (\d+|No) claims? contradicted by other reporting$/.exec(text);
		expect(counts, text).not.toBeNull();
		const [between, outside] = [counts![1], counts![2]].map((n) => (n === 'No' ? 0 : Number(n)));
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${differences}$`));
		// Every case counted on the home page is on this one page, each with its event page and its passage.
		await expect(page.locator('#between-title ~ .cases > .case')).toHaveCount(between!);
		await expect(page.locator('#outside-title ~ .cases > .case')).toHaveCount(outside!);
		for (const item of await page.locator('.case').all()) {
			await expect(item.locator('h3 a[href^="/events/"]')).toHaveCount(1);
			expect(await item.locator('a[href*="/articles/"]').count()).toBeGreaterThan(0);
		}
		await expect(page.locator('nav[aria-label="Site"] a', { hasText: 'Where they differ' })).toBeVisible();
	});
}

test('the compare view links Where they differ from its header', async ({ page }) => {
	await page.goto('/stories/russia-gaza-hostages/compare/');
	await expect(page.locator(`.compare-lede a[href="${differences}"]`)).toBeInViewport();
});

test('the new pages are crawled for the accessibility checks, and axe finds nothing on them in light and dark mode', async ({ page }) => {
	test.setTimeout(180_000);
	const pages = await crawl(page);
	for (const path of [differences, '/differences/', '/entities/alexander-trufanov/', '/entities/roni-krivoi/']) expect(pages).toContain(path);
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const path of [differences, '/entities/alexander-trufanov/', '/events/krivoi-release/', '/stories/russia-gaza-hostages/events/']) {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
			expect(violations.map((v) => `${scheme} ${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
		}
	}
});
