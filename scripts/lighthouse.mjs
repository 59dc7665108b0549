// `npm run lighthouse`: Lighthouse (mobile, its default) in Debian's Chromium on
// every page type of the built site, served by `astro preview`. Prints the
// four category scores per page and exits non-zero if any is below 100.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumExecutable, chromiumLaunchOptions } from './chromium-options.mjs';

const port = 4400 + Math.floor(Math.random() * 300);
const pages = process.argv.slice(2).length
	? process.argv.slice(2)
	: ['/', '/stories/russia-gaza-hostages/', '/stories/russia-gaza-hostages/compare/', '/stories/russia-gaza-hostages/events/', '/stories/russia-gaza-hostages/differences/', '/compare/', '/events/', '/events/krivoi-release/', '/differences/', '/entities/alexander-trufanov/', '/articles/tass-2025-02-10/', '/404.html'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = spawn('astro', ['preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
let failed = false;
try {
	await new Promise((resolve) => setTimeout(resolve, 2500));
	const chrome = await chromeLauncher.launch({ chromePath: chromiumExecutable, chromeFlags: chromiumLaunchOptions.args.filter((a) => a !== '--headless').concat('--headless=new') });
	console.log(`| page | ${categories.join(' | ')} |\n|---|${categories.map(() => '---').join('|')}|`);
	for (const path of pages) {
		const result = await lighthouse(`http://127.0.0.1:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
		const scores = categories.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
		if (scores.some((s) => s < 100)) {
			failed = true;
			for (const c of categories) {
				const cat = result.lhr.categories[c];
				for (const ref of cat.auditRefs) {
					const audit = result.lhr.audits[ref.id];
					if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.error(`  ${path} ${c}: ${ref.id} (${audit.title})`);
				}
			}
		}
		console.log(`| \`${path}\` | ${scores.join(' | ')} |`);
	}
	chrome.kill();
} finally {
	server.kill();
}
process.exit(failed ? 1 : 0);
