// `npm run screenshots`: every page type at 1440×900 and 390×844, light and
// dark, for the real corpus (3 sources) and for a 6-source build of it with
// three invented sources added, one of them right to left. Written to
// tests/artifacts/screens/ (kept out of git), for a person to look at.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-options.mjs';
import { writeSixSources } from './six-sources.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'tests/artifacts/screens');
const scratch = mkdtempSync(join(tmpdir(), 'parallax-screens-'));

function build(content, outDir) {
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: outDir, PARALLAX_CACHE_DIR: join(scratch, `cache-${Math.random()}`) },
	});
	if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout}\n${result.stderr}`);
}

const sets = [
	['3-sources', join(root, 'content')],
	['6-sources-rtl', writeSixSources(root, join(scratch, 'content-6'))],
];
const paths = [
	['home', '/'],
	['story', '/stories/russia-gaza-hostages/'],
	['compare', '/stories/russia-gaza-hostages/compare/'],
	['events', '/stories/russia-gaza-hostages/events/'],
	['event', '/events/krivoi-release/'],
	['differences', '/stories/russia-gaza-hostages/differences/'],
	['entity', '/entities/alexander-trufanov/'],
	['article', '/articles/tass-2025-02-10/'],
	['not-found', '/404.html'],
];
const viewports = [
	['1440', { width: 1440, height: 900 }],
	['390', { width: 390, height: 844 }],
];
const browser = await chromium.launch(chromiumLaunchOptions);
try {
	for (const [set, content] of sets) {
		const dist = join(scratch, `dist-${set}`);
		build(content, dist);
		const port = 4500 + Math.floor(Math.random() * 400);
		const server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'], {
			cwd: root,
			stdio: 'ignore',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: dist },
		});
		try {
			// Wait until the preview answers: on a busy machine it takes longer than a fixed pause.
			for (let tries = 0; tries < 60; tries++) {
				if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) break;
				await new Promise((r) => setTimeout(r, 500));
			}
			mkdirSync(join(out, set), { recursive: true });
			for (const [label, viewport] of viewports) {
				for (const scheme of ['light', 'dark']) {
					const page = await browser.newPage({ viewport, colorScheme: scheme });
					for (const [name, path] of paths) {
						await page.goto(`http://127.0.0.1:${port}${path}`);
						const file = join(out, set, `${name}-${label}-${scheme}.png`);
						await page.screenshot({ path: file });
						console.log(file.slice(root.length + 1));
					}
					await page.close();
				}
			}
		} finally {
			server.kill();
		}
	}
} finally {
	await browser.close();
}
