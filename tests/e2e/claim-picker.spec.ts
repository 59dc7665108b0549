import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The claim picker exists only in `npm run dev`, so this file starts its own dev server (the other browser tests use the built site).
const port = Number(process.env.PARALLAX_DEV_TEST_PORT ?? 4397);
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	const astro = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
	const scratch = mkdtempSync(join(tmpdir(), 'parallax-dev-'));
	const log = openSync(join(scratch, 'dev.log'), 'w');
	server = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: join(import.meta.dirname, '../..'),
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PARALLAX_CACHE_DIR: join(scratch, 'cache') },
		stdio: ['ignore', log, log],
	});
	for (let i = 0; i < 240; i++) {
		try {
			if ((await fetch(`${base}/articles/tass-2025-02-10/`, { signal: AbortSignal.timeout(20_000) })).ok) return;
		} catch {}
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`The dev server did not start; see ${join(scratch, 'dev.log')}.`);
});

test.afterAll(() => {
	server?.kill();
});

test('selecting words in a source offers the claim npm run claim prints, and copies it', async ({ page }) => {
	await page.goto(`${base}/articles/new-telegraph-2025-04/`);
	const picker = page.locator('.claim-picker');
	await expect(picker).toBeHidden();
	// Select "met with Russian nationals" inside paragraph 1, as a reader would with the mouse.
	await page.locator('#p1').evaluate((p) => {
		const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf('met with Russian nationals');
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + 'met with Russian nationals'.length);
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
			break;
		}
		document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
	});
	await expect(picker).toBeVisible();
	const yaml = page.locator('.claim-picker-yaml');
	await expect(yaml).toContainText('article: new-telegraph-2025-04');
	await expect(yaml).toContainText('quote: "President Vladimir Putin on Wednesday met with Russian nationals who were released from captivity in Gaza');
	await expect(yaml).toContainText('says: { date: "2025-04-16", precision: day }');
	await page.locator('.claim-picker-event').fill('putin-meets-freed-hostages');
	await expect(yaml).toContainText('id: putin-meets-freed-hostages-president-vladimir-putin');
	await page.locator('.claim-picker-copy').click();
	await expect(page.locator('.claim-picker-status')).toHaveText('Copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await yaml.textContent());
});
