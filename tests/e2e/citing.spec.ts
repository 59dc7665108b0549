import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a cited paragraph URL lands on its paragraph, in an article and in the compare view', async ({ page }) => {
	for (const [path, id] of [
		['/articles/tass-2025-02-10/#p8', 'p8'],
		['/compare/#new-telegraph-2025-04.p6', 'new-telegraph-2025-04.p6'],
		// The pre-0.2 form of the same anchor lands on the same paragraph.
		['/compare/#new-telegraph-2025-04-p6', 'new-telegraph-2025-04.p6'],
	] as const) {
		await page.goto(path);
		const target = page.locator(`[id="${id}"]`);
		expect(await target.evaluate((el) => el.matches(':target, :has(> .id-alias:target)')), path).toBe(true);
		await expect(target).toBeInViewport();
		expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
	}
});

test('every paragraph and claim has a keyboard-reachable link control', async ({ page }) => {
	await page.goto('/articles/i24news-2024-02-08/');
	const paragraphs = await page.locator('.source-text p[data-paragraph]').count();
	await expect(page.locator('.source-text a.para-link')).toHaveCount(paragraphs);
	const claims = await page.locator('.source-text mark.claim[id]').count();
	await expect(page.locator('.source-text .side-note a.cite-link')).toHaveCount(claims);
	const first = page.locator('.source-text a.cite-link').first();
	await first.focus();
	await expect(first).toBeFocused();
	expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

test('the link control copies the URL with its anchor and a ready citation', async ({ page }) => {
	await page.goto('/articles/tass-2025-02-10/');
	await page.locator('#p3 + .para-notes a.para-link').click();
	await expect(page).toHaveURL(/#p3$/);
	await expect(page.locator('#reader-status')).toContainText('copied');
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toContain('“"Against this background, ambassador Simona Halperin\'s biased assessment');
	expect(text).toContain('— TASS, no headline in the source, 10 February 2025 (inferred), paragraph 3.');
	expect(text).toMatch(/Reader: http:\/\/127\.0\.0\.1:\d+\/articles\/tass-2025-02-10\/#p3/);
	// A passage of one paragraph, under 300 characters and found once, is its own Text Fragment (text-fragments.spec.ts checks where each lands).
	expect(text).toContain("Original: https://tass.com/politics/1910933#:~:text=%22Against%20this%20background%2C%20ambassador%20Simona%20Halperin's%20biased%20assessment%20of%20Russia's%20contribution%20to%20the%20hostage%20release%20is%20surprising%2C%20to%20say%20the%20least.%20But%20let's%20leave%20it%2C%20as%20they%20say%2C%20on%20her%20conscience%2C%22%20Zakharova%20pointed%20out.");
});

test('copying a claim cites the claim\'s own passage, verbatim', async ({ page }) => {
	await page.goto('/articles/i24news-2024-02-08/');
	await page.locator('.side-note a.cite-link[href="#krivoi-release"]').click();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text.split('\n')[0]).toBe('“Russian President could refer to the release of Roni Krivoi, a dual Russian-Israeli national, who was freed on November 24 as a gesture of “appreciation” by Hamas to Putin.”');
	expect(text).toContain('paragraph 5');
	expect(text).toContain('[Putin claims leveraging Hamas ties for hostages release] (headline inferred from the URL)');
	// The passage is its own Text Fragment, so the page carries none for it: the script writes it from the mark's text, as the build did before.
	expect(await page.locator('mark#krivoi-release').getAttribute('data-cite-fragment')).toBeNull();
	expect(text).toContain('Original: https://www.i24news.tv/en/news/israel-at-war/1707376400-putin-claims-leveraging-hamas-ties-for-hostages-release#:~:text=Russian%20President%20could%20refer%20to%20the%20release%20of%20Roni%20Krivoi%2C%20a%20dual%20Russian%2DIsraeli%20national%2C%20who%20was%20freed%20on%20November%2024%20as%20a%20gesture%20of%20%E2%80%9Cappreciation%E2%80%9D%20by%20Hamas%20to%20Putin.');
});

test('the article page\'s Cite section copies and downloads its BibTeX and CSL-JSON, one click each', async ({ page }) => {
	await page.goto('/articles/tass-2025-02-10/');
	await page.locator('.provenance a[href="#cite"]').click();
	await expect(page).toHaveURL(/#cite$/);
	const cite = page.locator('#cite');
	await expect(cite).toBeInViewport();
	const bib = await cite.locator('pre[data-copy="BibTeX"]').textContent();
	expect(bib).toMatch(/^@article\{tass-2025-02-10,\n/);
	await cite.locator('pre[data-copy="BibTeX"] + button.copy-cite').click();
	await expect(page.locator('#reader-status')).toContainText('BibTeX copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bib);
	for (const [label, name] of [['BibTeX', 'tass-2025-02-10.bib'], ['CSL-JSON', 'tass-2025-02-10.csl.json']] as const) {
		const shown = await cite.locator(`pre[data-copy="${label}"]`).textContent();
		const [download] = await Promise.all([page.waitForEvent('download'), cite.getByRole('link', { name: `Download ${name}` }).click()]);
		expect(download.suggestedFilename()).toBe(name);
		const chunks: Buffer[] = [];
		for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
		expect(Buffer.concat(chunks).toString('utf8'), `${name} holds the text shown`).toBe(shown);
	}
});


test('a claim card on an event page copies the citation its Cite box shows, with the served address, from no data-cite-* of its own', async ({ page, baseURL }) => {
	await page.goto('/events/krivoi-release/');
	const card = page.locator('.claim-card').first();
	// The card carries its citation once, in its Cite box; the outlet, headline, date and Text Fragment are not repeated as attributes.
	expect(await card.evaluate((el) => el.getAttributeNames().filter((name) => name.startsWith('data-cite-')))).toEqual([]);
	const reader = await card.locator('.claim-links a').first().getAttribute('href');
	await card.locator('a.cite-link').click();
	await expect(page.locator('#reader-status')).toContainText('copied');
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text.split('\n')[2]).toBe(`Reader: ${baseURL}${reader}`);
	expect(text).toMatch(/^“.+”\n— .+, paragraphs? \d/);
	expect(text).toContain('Original: http');
	expect(text).toBe(await card.locator('details.cite pre').textContent());
});

test('an old citation file address goes on to the source\'s Cite section, on a host that serves the 404 page for it', async ({ page }) => {
	for (const file of ['citation.bib', 'citation.csl.json']) {
		await page.goto(`/articles/tass-2025-02-10/${file}`);
		await expect(page).toHaveURL(/\/articles\/tass-2025-02-10\/#cite$/);
		await expect(page.locator('#cite')).toBeInViewport();
	}
});
