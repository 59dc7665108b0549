import { expect, test } from '@playwright/test';
import { crawl, linksOn } from './pages';

// Everything must be readable, and every link must work, with JavaScript off.
test.use({ javaScriptEnabled: false });

test('every page shows its highlights and every anchor resolves, without JavaScript', async ({ page }) => {
	test.setTimeout(120_000);
	const pages = await crawl(page);
	expect(pages).toEqual(expect.arrayContaining(['/', '/compare/', '/events/', '/articles/tass-2025-02-10/', '/events/krivoi-release/', '/differences/', '/entities/roni-krivoi/']));
	const ids = new Map<string, Set<string>>();
	const links: { from: string; path: string; hash: string }[] = [];
	for (const path of pages) {
		await page.goto(path);
		ids.set(path, new Set(await page.$$eval('[id]', (els) => els.map((el) => el.id))));
		for (const href of await linksOn(page, 'a[href*="#"]')) {
			const url = new URL(href);
			if (url.origin === new URL(page.url()).origin) links.push({ from: path, path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)) });
		}
		// Every claim highlight is painted: calm by default, a rule under it in its event's colour.
		const unpainted = await page.$$eval('mark.claim', (marks) => marks.filter((m) => getComputedStyle(m).boxShadow === 'none' && getComputedStyle(m).backgroundColor === 'rgba(0, 0, 0, 0)').length);
		expect(unpainted, `unpainted claims on ${path}`).toBe(0);
	}
	expect(links.length).toBeGreaterThan(200);
	const broken = links.filter((link) => !ids.get(link.path)?.has(link.hash)).map((l) => `${l.from} → ${l.path}#${l.hash}`);
	expect(broken).toEqual([]);
});

test('without JavaScript, a claim in the compare view links to its event', async ({ page }) => {
	await page.goto('/compare/');
	await page.locator('[data-column="i24news-2024-02-08"] .side-note[data-event="krivoi-release"] a.claim-ref').click();
	await expect(page).toHaveURL(/\/events\/krivoi-release\/#i24news-2024-02-08\.krivoi-release$/);
	const card = page.locator('[id="i24news-2024-02-08.krivoi-release"]');
	expect(await card.evaluate((el) => el.matches(':target'))).toBe(true);
	await expect(card).toBeInViewport();
});

test('without JavaScript, the legend still toggles an event off', async ({ page }) => {
	await page.goto('/compare/');
	const mark = page.locator('mark.claim[data-event="krivoi-release"]').first();
	const before = await mark.evaluate((m) => getComputedStyle(m).boxShadow);
	await page.locator('.legend summary').click();
	await page.locator('label[for="show-krivoi-release"]').click();
	await expect.poll(() => mark.evaluate((m) => getComputedStyle(m).boxShadow)).toBe('none');
	expect(before).not.toBe('none');
});

test('without JavaScript, the 404 page says where the citation files went, and the Cite section downloads them', async ({ page }) => {
	await page.goto('/articles/tass-2025-02-10/citation.bib');
	await expect(page.locator('main')).toContainText('replace citation.bib or citation.csl.json at the end of the address with #cite, as in /articles/<source>/#cite');
	await page.goto('/articles/tass-2025-02-10/#cite');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download tass-2025-02-10.bib' }).click()]);
	expect(download.suggestedFilename()).toBe('tass-2025-02-10.bib');
});
