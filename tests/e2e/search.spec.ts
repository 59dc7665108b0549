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
	// Under the article, each paragraph that holds the word links to that paragraph, with an excerpt that marks it.
	const tass = page.locator('.search-results li', { hasText: 'TASS' }).first();
	const passages = tass.locator('p', { has: page.locator('a') });
	await expect(passages.first()).toBeVisible();
	for (const passage of await passages.all()) {
		await expect(passage.locator('a')).toHaveAttribute('href', /\/articles\/tass-2025-02-10\/\?highlight=zakharova(&entity=maria-zakharova)?#p\d+$/i);
		await expect(passage.locator('mark').first()).toHaveText(/Zakharova/i);
	}
	await result.click();
	await expect(page).toHaveURL(/\/articles\/tass-2025-02-10\/\?highlight=zakharova(&entity=maria-zakharova)?#p\d+$/i);
	const id = new URL(page.url()).hash.slice(1);
	const passage = page.locator(`[id="${id}"]`);
	await expect(passage).toContainText('Zakharova');
	await expect(passage).toBeInViewport();
	// The landed paragraph shows the searched word.
	await expect(passage.locator('mark.search-hit').first()).toHaveText('Zakharova');
	expect(errors).toEqual([]);
});

test('searching any spelling of a name finds every passage that names the entity, says whose name it is, and marks it on landing', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	// i24NEWS writes "Roni Krivoi"; "Krivoy" is TASS's spelling.
	await page.getByRole('searchbox', { name: 'Search the sources' }).fill('Krivoy');
	const i24 = page.locator('.search-results li', { hasText: 'i24NEWS' }).first();
	await expect(i24).toBeVisible();
	await expect(page.locator('.search-results li', { hasText: 'TASS' }).first()).toBeVisible();
	await expect(i24.locator('.search-names')).toContainText('Roni Krivoi');
	// The match is only in the names indexed with the passage; the excerpt still shows the source's own words, never that list.
	const shown = await i24.locator('p').first().textContent();
	expect(shown).not.toContain('also written');
	expect(shown).not.toMatch(/^Names:/);
	await i24.locator('a').first().click();
	await expect(page).toHaveURL(/\/articles\/i24news-2024-02-08\/\?highlight=krivoy&entity=roni-krivoi#p\d+$/i);
	const id = new URL(page.url()).hash.slice(1);
	await expect(page.locator(`[id="${id}"] .search-hit`).first()).toHaveText('Roni Krivoi');
});

test('a result flags a name that is a known error of its source', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('searchbox', { name: 'Search the sources' }).fill('Sasha Trufanov');
	// New Telegraph's "Ruslan Trufanov" is found by another spelling, and flagged as its error.
	const names = page.locator('.search-results li', { hasText: 'New Telegraph' }).locator('.search-names', { hasText: 'Ruslan' });
	await expect(names.first()).toContainText('“Ruslan Trufanov” is an error of this source for Alexander Trufanov');
});

test('the filters narrow the results by outlet', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('searchbox', { name: 'Search the sources' }).fill('Putin');
	await expect(page.locator('.search-results li').first()).toBeVisible();
	await page.locator('.search-filters summary').click();
	await page.locator('select[name="outlet"]').selectOption('New Telegraph');
	await expect(page.locator('.search-results a').first()).toContainText('New Telegraph');
	for (const title of await page.locator('.search-results li > a').allTextContents()) expect(title).toContain('New Telegraph');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the search form stays hidden and the page reads fully', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('form.site-search')).toBeHidden();
		await expect(page.locator('main h1')).toBeVisible();
	});
});
