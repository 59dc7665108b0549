import { expect, test } from '@playwright/test';

// Side notes: beside a claim, its event, relation, speaker, note and outside reporting, read by assistive technology too.

test('a mark is described by its side note: event, relation naming the other sources, speaker, outside reporting', async ({ page }) => {
	for (const [path, id] of [
		['/articles/i24news-2024-02-08/', 'krivoi-release'],
		['/compare/', 'i24news-2024-02-08.krivoi-release'],
	] as const) {
		await page.goto(path);
		const mark = page.locator(`mark[id="${id}"]`);
		await expect(mark, path).toHaveAccessibleDescription(/^Event \d+: Roni Krivoi's release\. ≠? ?Agrees with TASS\. Speaker: the outlet \(narration\)\. .*! Contradicted by other reporting \(date\): .*TASS, \d{1,2} [A-Z][a-z]+ \d{4}\b/);
	}
});

test('a claim that outside reporting contradicts carries a marker in the text that is not colour alone', async ({ page }) => {
	await page.goto('/articles/i24news-2024-02-08/');
	const flag = page.locator('#p3 .claim-flag, p:has(mark#krivoi-release) .claim-flag').first();
	await expect(flag).toHaveText('!');
	await expect(flag).toHaveAccessibleName('contradicted by other reporting');
});

test('a name that is a known error of the source is said in readable text, which the name points at', async ({ page }) => {
	await page.goto('/articles/new-telegraph-2025-04/');
	const name = page.locator('.mention-error').first();
	await expect(name).not.toHaveAttribute('title', /.*/);
	await expect(name).toHaveAccessibleDescription(/^“Ruslan Trufanov”: an error of this source; the person is Alexander Trufanov\./);
	const describedBy = await name.getAttribute('aria-describedby');
	await expect(page.locator(`[id="${describedBy}"]`)).toBeVisible();
});

test('side notes stand level with their paragraph on a wide article page, and after it on a phone', async ({ page }) => {
	for (const [width, height, beside] of [[1440, 900, true], [390, 844, false]] as const) {
		await page.setViewportSize({ width, height });
		await page.goto('/articles/tass-2025-02-10/');
		const [p, notes] = await page.locator('#p8, #p8 + .para-notes').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
		if (beside) {
			expect(Math.abs(notes!.top - p!.top), 'level').toBeLessThan(8);
			expect(notes!.left).toBeGreaterThanOrEqual(p!.right);
		} else {
			expect(notes!.top).toBeGreaterThanOrEqual(p!.bottom);
		}
		await expect(page.locator('#p8 + .para-notes .side-note')).toHaveCount(4);
	}
});
