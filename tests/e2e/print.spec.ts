import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

// Printed pages carry their addresses: the citations, the original's URL, the
// outside sources' URLs, and a footer with the page's URL and date on every
// page. Printed to PDF by the browser, read back with pdftotext (poppler-utils).

const scratch = mkdtempSync(join(tmpdir(), 'parallax-print-'));

/** The printed text, with line breaks, spaces and hyphens taken out (pdftotext joins a URL broken at a hyphen without it). */
async function printed(page: Page, name: string): Promise<{ text: string; pages: string[] }> {
	const file = join(scratch, `${name}.pdf`);
	await page.pdf({ path: file, format: 'A4' });
	const result = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	expect(result.status, result.stderr).toBe(0);
	const squash = (s: string) => s.replace(/[\s-]+/g, '');
	return { text: squash(result.stdout), pages: result.stdout.split('\f').filter((p) => p.trim()).map(squash) };
}

const squashed = (s: string) => s.replace(/[\s-]+/g, '');

test('a printed event page carries its citations, the originals\' and the outside sources\' URLs, and a footer on every page', async ({ page, baseURL }) => {
	await page.goto('/events/krivoi-release/');
	const { text, pages } = await printed(page, 'event');
	expect(text).toContain(squashed(`Reader: ${baseURL}/articles/i24news-2024-02-08/#krivoi-release`));
	expect(text).toContain(squashed('https://www.i24news.tv/en/news/israel-at-war/1707376400-putin-claims-leveraging-hamas-ties-for-hostages-release'));
	expect(text).toContain(squashed('https://tass.com/society/1713955'));
	for (const [i, one] of pages.entries()) expect(one, `page ${i + 1}`).toContain(squashed(`${baseURL}/events/krivoi-release/ · printed`));
	expect(text).not.toContain('Search');
});

test('a printed article carries the original\'s URL, the outside sources\' URLs and the footer', async ({ page, baseURL }) => {
	await page.goto('/articles/i24news-2024-02-08/');
	const { text, pages } = await printed(page, 'article');
	expect(text).toContain(squashed('https://www.i24news.tv/en/news/israel-at-war/1707376400-putin-claims-leveraging-hamas-ties-for-hostages-release'));
	expect(text).toContain(squashed('(https://tass.com/society/1713955)'));
	// The Cite section prints its BibTeX, without the download links, whose target is that same text.
	expect(text).toContain(squashed('@article{i24news-2024-02-08,'));
	expect(text).not.toContain(squashed('Download i24news-2024-02-08.bib'));
	for (const [i, one] of pages.entries()) expect(one, `page ${i + 1}`).toContain(squashed(`${baseURL}/articles/i24news-2024-02-08/ · printed`));
});

test('a printed compare view carries its legend, event numbers with names, the originals\' URLs and the footer', async ({ page, baseURL }) => {
	await page.goto('/compare/');
	const { text, pages } = await printed(page, 'compare');
	expect(text).toContain(squashed('Events'));
	const n = await page.locator('.event-chip[data-only="krivoi-release"] .event-number').textContent();
	expect(text).toContain(squashed(`${n} Roni Krivoi's release`));
	for (const url of ['https://tass.com/politics/1910933', 'https://newtelegraphng.com/putin-meets-russian-hostages-freed-from-gaza/', 'https://tass.com/society/1713955']) expect(text).toContain(squashed(url));
	for (const [i, one] of pages.entries()) expect(one, `page ${i + 1}`).toContain(squashed(`${baseURL}/compare/ · printed`));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the printed page names itself by its path, with no build date, never the placeholder origin', async ({ page }) => {
		await page.goto('/events/krivoi-release/');
		const { text } = await printed(page, 'event-nojs');
		expect(text).toContain(squashed('/events/krivoi-release/'));
		expect(text).not.toMatch(/built\d{8}/);
		expect(text).not.toContain('parallax.example.org');
		expect(text).toContain(squashed('Reader: /articles/i24news-2024-02-08/#krivoi-release'));
	});
});
