import { expect, type Page, test } from '@playwright/test';

// Reading comfort: the legend and its URL state, selection, the phone's sheet, keyboard, search panel, Cite boxes.

const strong = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)');
const underlined = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).boxShadow !== 'none');

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the legend shows only one event, or none, or all, and the URL keeps it', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto('/compare/');
		const krivoi = 'mark.claim[data-event="krivoi-release"]';
		const other = 'mark.claim[data-event="russia-hamas-channel"]';
		expect(await strong(page, krivoi)).toBe(false);
		expect(await underlined(page, other)).toBe(true);
		await page.locator('.event-chip[data-only="krivoi-release"]').click();
		await expect(page).toHaveURL(/#only-krivoi-release$/);
		expect(await strong(page, krivoi)).toBe(true);
		expect(await underlined(page, other)).toBe(false);
		await page.locator('.event-chip[data-only="none"]').click();
		expect(await underlined(page, krivoi)).toBe(false);
		await page.locator('.event-chip[data-only="all"]').click();
		expect(await underlined(page, other)).toBe(true);
		// The state is shareable: a fresh load of the URL shows the same.
		await page.goto('/compare/#only-krivoi-release');
		expect(await strong(page, krivoi)).toBe(true);
	});

	test('Cite boxes never show the placeholder origin', async ({ page }) => {
		await page.goto('/events/krivoi-release/');
		const cites = await page.locator('details.cite pre').allTextContents();
		expect(cites.length).toBeGreaterThan(0);
		for (const text of cites) {
			expect(text).not.toContain('parallax.example.org');
			expect(text).toMatch(/Reader: \/articles\/[a-z0-9-]+\/#[a-z0-9-]+/);
		}
	});
});

test('selecting an event keeps it in the URL, counts its passages per column and steps through them; Esc clears it', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/compare/');
	const tass = page.locator('[data-column="tass-2025-02-10"]');
	// The event TASS has most claims about.
	const event = await tass.locator('mark.claim[id]').evaluateAll((marks) => {
		const counts = new Map<string, number>();
		for (const m of marks) counts.set(m.getAttribute('data-event')!, (counts.get(m.getAttribute('data-event')!) ?? 0) + 1);
		return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
	});
	await page.locator(`.event-chip[data-only="${event}"]`).click();
	await expect(page).toHaveURL(new RegExp(`\\?only=${event}$`));
	await expect(page.locator(`.event-chip[data-only="${event}"]`)).toHaveAttribute('aria-current', 'true');
	const claims = await tass.locator(`mark.claim[id][data-event="${event}"]`).count();
	expect(claims).toBeGreaterThan(1);
	await expect(tass.locator('.nav-count')).toHaveText(`1 of ${claims}`);
	await tass.getByRole('button', { name: 'Next passage in TASS' }).click();
	await expect(tass.locator('.nav-count')).toHaveText(`2 of ${claims}`);
	await expect(tass.locator(`mark.claim[id][data-event="${event}"]`).nth(1)).toBeInViewport();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/compare\/$/);
	await expect(page.locator('mark.is-selected')).toHaveCount(0);
	await expect(tass.locator('.event-nav')).toBeHidden();
	// A shared URL selects it again.
	await page.goto('/compare/?only=krivoi-release');
	await expect(page.locator('mark.claim[data-event="krivoi-release"]').first()).toHaveClass(/is-selected/);
});

test('on a phone, selecting a number shows the event\'s passages in the other sources, each a link to it', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/compare/');
	await page.locator('[data-column="tass-2025-02-10"] .side-note[data-event="krivoi-release"] a.claim-ref').click();
	const sheet = page.getByRole('dialog', { name: /Roni Krivoi's release/ });
	await expect(sheet).toBeVisible();
	await expect(sheet).toContainText('i24NEWS');
	await expect(sheet).toContainText('New Telegraph: no claim about it.');
	await sheet.getByRole('link').first().click();
	await expect(sheet).toBeHidden();
	await expect(page).toHaveURL(/#i24news-2024-02-08\.krivoi-release$/);
	await expect(page.locator('[id="i24news-2024-02-08.krivoi-release"]')).toBeInViewport();
});

test('each paragraph\'s notes are one tab stop, with arrow keys inside', async ({ page }) => {
	await page.goto('/articles/tass-2025-02-10/');
	const group = page.locator('#p8 + .para-notes');
	const stops = await group.locator('a[href], button').evaluateAll((els) => els.filter((el) => (el as HTMLElement).tabIndex === 0).length);
	expect(stops).toBe(1);
	await group.locator('a[href]').first().focus();
	await page.keyboard.press('ArrowRight');
	await expect(group.locator('a[href]').nth(1)).toBeFocused();
	await page.keyboard.press('End');
	await expect(group.locator('a[href]').last()).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('.para-notes')?.previousElementSibling?.id)).not.toBe('p8');
});

for (const [label, viewport] of [['1440×900', { width: 1440, height: 900 }], ['390×844', { width: 390, height: 844 }]] as const) {
	test(`every column is a few keystrokes away at ${label}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/compare/');
		const ids = await page.locator('[data-column]').evaluateAll((els) => els.map((el) => el.id));
		const counts: number[] = [];
		for (const id of ids) {
			await page.goto('/compare/');
			let keys = 0;
			while (keys < 40) {
				await page.keyboard.press('Tab');
				keys++;
				const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
				if (href === `#${id}`) {
					await page.keyboard.press('Enter');
					keys++;
					break;
				}
			}
			await expect(page.locator(`[id="${id}"]`)).toBeFocused();
			await expect(page.locator(`[id="${id}"] .column-bar`)).toBeInViewport();
			counts.push(keys);
		}
		// From the top of the page: Tab past the skip link, the site's name, its four links and Search, then one Tab per source, then Enter.
		counts.forEach((keys, i) => expect(keys, ids[i]).toBeLessThanOrEqual(9 + i));
	});
}

test('the search panel closes on Esc and when focus leaves it', async ({ page }) => {
	await page.goto('/articles/tass-2025-02-10/');
	const toggle = page.getByRole('button', { name: 'Search' });
	const panel = page.locator('#site-search-panel');
	await toggle.click();
	await expect(panel).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(toggle).toBeFocused();
	await toggle.click();
	await expect(panel).toBeVisible();
	await page.locator('.source-text a, main a').first().focus();
	await expect(panel).toBeHidden();
});

test('Cite boxes give the served address and a Copy button', async ({ page, baseURL, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/events/krivoi-release/');
	const card = page.locator('.claim-card').first();
	await card.locator('details.cite summary').click();
	await expect(card.locator('details.cite pre')).toContainText(`Reader: ${baseURL}/articles/`);
	await card.getByRole('button', { name: 'Copy' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${baseURL}/articles/`);
});

test('after landing on a paragraph of an article, the source is named on screen', async ({ page }) => {
	for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
		await page.setViewportSize(viewport);
		await page.goto('/articles/tass-2025-02-10/#p5');
		await expect(page.locator('.source-bar')).toBeInViewport();
		await expect(page.locator('.source-bar')).toContainText('TASS');
	}
});
