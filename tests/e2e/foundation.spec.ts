import { expect, test } from '@playwright/test';

test('the index lists every source with its metadata', async ({ page }) => {
	await page.goto('/');
	const cards = page.locator('.source-card');
	await expect(cards).toHaveCount(3);
	await expect(cards.filter({ hasText: 'TASS' })).toContainText('no headline in the source');
	await expect(cards.filter({ hasText: 'New Telegraph' })).toContainText('inferred');
});

test('a paragraph anchor lands on its paragraph', async ({ page }) => {
	await page.goto('/articles/tass-2025-02-10/#p3');
	const target = page.locator('#p3');
	await expect(target).toContainText('Against this background, ambassador Simona Halperin');
	expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
	await expect(target).toBeInViewport();
});
