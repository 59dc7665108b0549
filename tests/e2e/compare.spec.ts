import { mkdirSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the compare view has one column per source, each headed by outlet, date and language', async ({ page }) => {
	await page.goto('/compare/');
	const columns = page.locator('[data-column]');
	await expect(columns).toHaveCount(3);
	await expect(columns.nth(0).locator('.column-bar')).toContainText('i24NEWS');
	await expect(columns.nth(0).locator('.column-header')).toContainText('8 February 2024');
	await expect(columns.nth(0).locator('.column-header .badge-inferred', { hasText: /^inferred$/ })).toHaveCount(0);
	await expect(columns.nth(1).locator('.column-bar')).toContainText('TASS');
	await expect(columns.nth(1).locator('.column-header .badge-inferred', { hasText: /^inferred$/ })).toHaveCount(1);
	await expect(columns.nth(2).locator('.column-header')).toContainText('language en');
	await expect(page.locator('.legend li')).toHaveCount(readdirSync('content/events').length);
});

test('selecting a claim brings the same event into view in the other columns', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto('/compare/');
	await page.locator('[data-column="new-telegraph-2025-04"] .side-note[data-event="trufanov-release"] a.claim-ref').click();
	await expect(page).toHaveURL(/\/compare\/\?only=trufanov-release#new-telegraph-2025-04\.trufanov-release$/);
	const tass = page.locator('[data-column="tass-2025-02-10"] mark.claim[data-event="trufanov-release"]');
	await expect(tass.first()).toHaveClass(/is-selected/);
	await expect(tass.first()).toBeInViewport();
	await expect(page.locator('[data-column="i24news-2024-02-08"]')).toHaveClass(/lacks-event/);
	await expect(page.locator('[data-column="i24news-2024-02-08"] .lacks-note')).toBeVisible();
	await expect(page.locator('#reader-status')).toHaveText(/^Event \d+: Alexander Trufanov's release: in 2 of 3 sources\.$/);
});

test('a claim can be selected from the keyboard with Enter', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto('/compare/');
	await page.locator('[data-column="tass-2025-02-10"] .side-note[data-event="krivoi-release"] a.claim-ref').focus();
	await page.keyboard.press('Enter');
	const i24 = page.locator('[data-column="i24news-2024-02-08"] mark.claim[data-event="krivoi-release"]').first();
	await expect(i24).toHaveClass(/is-selected/);
	await expect(i24).toBeInViewport();
});

test('following a claim link into the compare view selects its event', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto('/compare/#i24news-2024-02-08.halperin-remarks-2');
	const target = page.locator('[id="i24news-2024-02-08.halperin-remarks-2"]');
	expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
	await expect(target).toBeInViewport();
	await expect(page.locator('[data-column="tass-2025-02-10"] mark.claim[data-event="halperin-remarks"]').first()).toHaveClass(/is-selected/);
});

test('screenshots of the compare view, desktop and phone', async ({ page }) => {
	mkdirSync('tests/artifacts', { recursive: true });
	await page.setViewportSize({ width: 1400, height: 1000 });
	await page.goto('/compare/#tass-2025-02-10.krivoi-release');
	await page.screenshot({ path: 'tests/artifacts/e2e-compare-desktop.png' });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/compare/');
	await page.screenshot({ path: 'tests/artifacts/e2e-compare-phone.png', fullPage: false });
	await page.locator('.column-tabs a', { hasText: 'TASS' }).click();
	await expect(page.locator('#col-tass-2025-02-10 .column-header')).toBeInViewport();
	await page.screenshot({ path: 'tests/artifacts/e2e-compare-phone-tass.png' });
});

test('on a phone, selecting a claim emphasises the event without scrolling the reader away', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/compare/');
	const ref = page.locator('[data-column="tass-2025-02-10"] .side-note[data-event="krivoi-release"] a.claim-ref');
	await ref.scrollIntoViewIfNeeded();
	await ref.click();
	await expect(ref).toBeInViewport();
	await expect(page.locator('[data-column="i24news-2024-02-08"] mark.claim[data-event="krivoi-release"]').first()).toHaveClass(/is-selected/);
	await expect(page.locator('#reader-status')).toContainText('in 2 of 3 sources');
});

test('a pre-0.2 claim link into the compare view still lands and selects its event', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 900 });
	await page.goto('/compare/#i24news-2024-02-08-halperin-remarks-2');
	const claim = page.locator('[id="i24news-2024-02-08.halperin-remarks-2"]');
	expect(await claim.evaluate((el) => el.matches(':has(> .id-alias:target)'))).toBe(true);
	await expect(claim).toBeInViewport();
	await expect(page.locator('[data-column="tass-2025-02-10"] mark.claim[data-event="halperin-remarks"]').first()).toHaveClass(/is-selected/);
});

test('on a large screen the compare view is the screen: text on the first screen, one scroll per column, nothing covering text after selecting', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/compare/');
	const firstText = await page.locator('[data-column="tass-2025-02-10"] .source-text p').first().evaluate((p) => p.getBoundingClientRect().top);
	expect(firstText).toBeLessThan(900 * 0.6);
	expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
	const scrollers = await page.$$eval('[data-column]', (cols) => cols.map((c) => c.scrollHeight > c.clientHeight && getComputedStyle(c).overflowY));
	expect(scrollers.every((s) => s === 'auto')).toBe(true);
	await page.locator('[data-column="new-telegraph-2025-04"] .side-note[data-event="trufanov-release"] a.claim-ref').click();
	const selected = page.locator('[data-column="tass-2025-02-10"] mark.claim.is-selected').first();
	await expect(selected).toBeInViewport();
	// The status says what happened without covering a column.
	await expect(page.locator('#reader-status')).toContainText('in 2 of 3 sources');
	const status = await page.locator('#reader-status').boundingBox();
	for (const column of await page.locator('[data-column]').all()) {
		const box = (await column.boundingBox())!;
		const overlaps = status!.y < box.y + box.height && status!.y + status!.height > box.y && status!.x < box.x + box.width && status!.x + status!.width > box.x;
		expect(overlaps).toBe(false);
	}
});

test('on a phone the compare view shows text on the first screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/compare/');
	const firstText = await page.locator('[data-column] .source-text p').first().evaluate((p) => p.getBoundingClientRect().top);
	expect(firstText).toBeLessThan(844);
});
