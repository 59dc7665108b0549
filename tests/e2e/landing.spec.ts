import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { writeSixSources } from '../../scripts/six-sources.mjs';
import { projectRoot, runAstro } from '../helpers/run-astro';
import { serveStatic } from '../helpers/static-server';

// Every anchor target, of every type, on every page type, lands fully visible
// below everything that stays on screen (sticky and fixed elements), measured
// with the browser's own geometry, at a desktop and a phone size, with the
// corpus's 3 sources and with 6.

const PAGES = ['/articles/tass-2025-02-10/', '/articles/i24news-2024-02-08/', '/articles/new-telegraph-2025-04/', '/compare/', '/stories/russia-gaza-hostages/compare/', '/events/krivoi-release/', '/events/trufanov-release/', '/stories/russia-gaza-hostages/', '/events/'];
const SIZES = [
	['1440×900', { width: 1440, height: 900 }],
	['390×844', { width: 390, height: 844 }],
] as const;

/** The kind of an anchor target, so every kind is tried: `p3`, `tass.p3`, `h.x`, `col-x`, claims, notes, aliases, the page's own. */
function kindOf(id: string, isAlias: boolean): string {
	const local = id.includes('.') && !/^(h|note|name)\./.test(id) ? id.slice(id.indexOf('.') + 1) : id;
	if (isAlias) return 'alias';
	if (/^p\d+$/.test(local)) return 'paragraph';
	if (/^h\./.test(local)) return 'heading';
	if (/^(note|name)\./.test(local)) return 'note';
	if (id.startsWith('col-')) return 'column';
	return local === id && !id.includes('.') ? 'own' : 'claim';
}

/** Every id on the page with a box, by kind: the first, a middle and the last of each. */
async function targets(page: Page): Promise<string[]> {
	const all = await page.$$eval('main [id]', (els) => els.filter((el) => el.getClientRects().length > 0 || el.classList.contains('id-alias')).map((el) => [el.id, el.classList.contains('id-alias')] as const));
	const byKind = Map.groupBy(all, ([id, alias]) => kindOf(id, alias));
	return [...byKind.values()].flatMap((ids) => [...new Set([ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!])].map(([id]) => id));
}

/** Where the target landed against every sticky or fixed element at the top of its column of the screen; '' when it is fully visible below them. */
function landing(id: string): string {
	let el = document.getElementById(id)!;
	if (el.classList.contains('id-alias')) el = el.parentElement!;
	const r = el.getBoundingClientRect();
	const covering = [...document.querySelectorAll<HTMLElement>('body *')]
		.filter((s) => {
			const style = getComputedStyle(s);
			if (!['sticky', 'fixed'].includes(style.position) || style.top === 'auto' || style.visibility === 'hidden' || Number(style.opacity) === 0 || !s.getClientRects().length) return false;
			const b = s.getBoundingClientRect();
			// Covering: it overlaps the target's width and starts above the target's top (stuck there, or above it in the flow).
			return b.height > 0 && b.left < r.right && b.right > r.left && b.top < r.top && b.top < innerHeight / 2 && !s.contains(el) && !el.contains(s);
		})
		.map((s) => ({ name: s.className || s.tagName, bottom: s.getBoundingClientRect().bottom }));
	const floor = Math.max(0, ...covering.map((c) => c.bottom));
	const problems: string[] = [];
	if (r.top < floor - 0.5) problems.push(`top ${Math.round(r.top)} under ${covering.filter((c) => c.bottom > r.top).map((c) => `${c.name} (bottom ${Math.round(c.bottom)})`).join(', ')}`);
	// A target taller than the screen under the bars, less its landing room (the scroll margin), cannot be wholly in view: its top must be.
	if (r.height <= innerHeight - floor - 24 && r.bottom > innerHeight + 0.5) problems.push(`bottom ${Math.round(r.bottom)} below the screen (${innerHeight})`);
	if (r.top > innerHeight) problems.push(`top ${Math.round(r.top)} below the screen`);
	if (r.right > innerWidth + 0.5 || r.left < -0.5) problems.push(`sideways ${Math.round(r.left)}–${Math.round(r.right)} of ${innerWidth}`);
	return problems.join('; ');
}

async function checkSite(page: Page, origin: string): Promise<string[]> {
	const failures: string[] = [];
	for (const path of PAGES) {
		await page.goto(`${origin}${path}`);
		for (const id of await targets(page)) {
			// A fresh load lands as a followed link does.
			await page.goto('about:blank');
			await page.goto(`${origin}${path}#${encodeURIComponent(id)}`);
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			const problem = await page.evaluate(landing, id);
			if (problem) failures.push(`${path}#${id}: ${problem}`);
		}
	}
	return failures;
}

for (const [label, viewport] of SIZES) {
	test(`every anchor lands fully visible below every sticky element at ${label}, 3 sources`, async ({ page, baseURL }) => {
		test.setTimeout(240_000);
		await page.setViewportSize(viewport);
		expect(await checkSite(page, baseURL!)).toEqual([]);
	});
}

test.describe('with 6 sources, one right to left', () => {
	let site: Awaited<ReturnType<typeof serveStatic>>;
	test.beforeAll(async () => {
		test.setTimeout(180_000);
		const content = writeSixSources(projectRoot, join(mkdtempSync(join(tmpdir(), 'parallax-six-')), 'content'));
		const run = runAstro('build', content);
		expect(run.status, run.output).toBe(0);
		site = await serveStatic(run.outDir);
	});
	test.afterAll(() => site?.close());
	for (const [label, viewport] of SIZES) {
		test(`every anchor lands fully visible below every sticky element at ${label}`, async ({ page }) => {
			test.setTimeout(240_000);
			await page.setViewportSize(viewport);
			expect(await checkSite(page, site.origin)).toEqual([]);
		});
	}
});
