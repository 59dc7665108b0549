// Screenshots of built pages for a person to look at: `npm run screenshot -- /compare/ /`.
// Serves dist/ with `astro preview` on a free local port and saves PNGs in tests/artifacts/.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-options.mjs';

const port = 4390 + Math.floor(Math.random() * 500);
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const server = spawn('astro', ['preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
mkdirSync('tests/artifacts', { recursive: true });
try {
	await new Promise((r) => setTimeout(r, 2500));
	const browser = await chromium.launch(chromiumLaunchOptions);
	for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
		const page = await browser.newPage({ viewport, colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light' });
		for (const path of paths) {
			await page.goto(`http://127.0.0.1:${port}${path}`);
			const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
			await page.screenshot({ path: `tests/artifacts/${name}-${label}.png`, fullPage: process.env.FULL === '1' });
			console.log(`tests/artifacts/${name}-${label}.png`);
		}
		await page.close();
	}
	await browser.close();
} finally {
	server.kill();
}
