import { expect, test } from '@playwright/test';

test('searching "Zakharova" finds the TASS passage and lands on it', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const box = page.getByRole('searchbox', { name: 'Search the sources' });
	await expect(box).toBeVisible();
	await box.fill('Zakharova');
	const result = page.locator('.search-results a', { hasText: 'TASS' }).first();
	await expect(result).toBeVisible();
	await expect(page.locator('.search-results mark').first()).toHaveText(/Zakharova/i);
	await result.click();
	await expect(page).toHaveURL(/\/articles\/tass-2025-02-10\/#p\d+$/);
	const id = new URL(page.url()).hash.slice(1);
	const passage = page.locator(`[id="${id}"]`);
	await expect(passage).toContainText('Zakharova');
	await expect(passage).toBeInViewport();
	expect(errors).toEqual([]);
});

test('the filters narrow the results by outlet', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('searchbox', { name: 'Search the sources' }).fill('Putin');
	await expect(page.locator('.search-results li').first()).toBeVisible();
	await page.locator('.search-filters summary').click();
	await page.locator('select[name="outlet"]').selectOption('New Telegraph');
	await expect(page.locator('.search-results a').first()).toContainText('New Telegraph');
	for (const title of await page.locator('.search-results a').allTextContents()) expect(title).toContain('New Telegraph');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the search form stays hidden and the page reads fully', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('form.site-search')).toBeHidden();
		await expect(page.locator('main h1')).toBeVisible();
	});
});
