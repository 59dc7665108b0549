import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkContent } from '../../src/lib/check/check-content';
import { fragmentOf, textDirectiveFor } from '../../src/lib/citing/text-fragment';
import { handoffFor } from '../../src/lib/corpus/render-corpus';
import { projectRoot } from '../helpers/run-astro';

// Every claim's Text Fragment, opened in Chromium on a page with the original's text (Parallax's copy of it, one
// element per paragraph), must land on the claim's passage, not on an earlier lookalike. Each word sits on its own
// line, so where Chromium scrolls tells which words it matched: it brings the match's start to the viewport's middle.
const SETS = ['content', 'tests/fixtures/content/repeated-passages', 'tests/fixtures/content/unicode-equivalence', 'tests/fixtures/content/locale-order', 'tests/fixtures/content/markdown-escaped'];
const LINE = 40;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageFor(text: string, language: string): string {
	const blocks = text.split('\n').map((block) => `<p>${escapeHtml(block)}</p>`).join('\n');
	return `<!doctype html><html lang="${language}"><meta charset="utf-8"><title>original</title><style>body{margin:0;padding:3000px 0;font:20px/${LINE}px sans-serif}p{margin:0;width:0}</style><body>${blocks}</body></html>`;
}

test.describe.configure({ mode: 'serial' });
const pages = new Map<string, string>();
let server: Server;
let origin = '';

test.beforeAll(async () => {
	server = createServer((request, response) => {
		const body = pages.get(new URL(request.url ?? '/', 'http://x').pathname);
		response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
		response.end(body ?? 'not found');
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

for (const set of SETS) {
	test(`every claim's Text Fragment lands on its passage in Chromium: ${set}`, async ({ page }) => {
		test.setTimeout(180_000);
		const root = resolve(projectRoot, set);
		const { problems, content } = await checkContent(root);
		expect(problems).toEqual([]);
		const rendered = handoffFor(root, '/')!.rendered;
		await page.setViewportSize({ width: 600, height: 2400 });
		let checked = 0;
		for (const article of content.articles) {
			const text = rendered.text.get(article.id)!;
			const path = `/${set.replace(/\W+/g, '-')}/${article.id}`;
			pages.set(path, pageFor(text, article.data.language));
			// A claim's key is its ref, `<article-id>#<claim-id>`.
			for (const [, anchored] of [...rendered.anchored].filter(([ref]) => ref.startsWith(`${article.id}#`))) {
				const { directive, unique } = textDirectiveFor(text, anchored.start, anchored.end, article.data.language);
				expect(unique, `${article.id}: ${JSON.stringify(directive)}`).toBe(true);
				const fragment = fragmentOf(directive);
				await page.goto('about:blank');
				await page.goto(`${origin}${path}${fragment}`);
				await page.waitForTimeout(150);
				const landed = await page.evaluate(
					({ start, end }) => {
						// The page's text is the blocks joined by "\n", one text node per paragraph.
						const nodes = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text | null);
						let offset = 0;
						const at = (position: number): [Node, number] => {
							offset = 0;
							for (const node of nodes) {
								const length = node?.length ?? 0;
								if (node && position <= offset + length) return [node, position - offset];
								offset += length + 1;
							}
							throw new Error(`offset ${position} is beyond the text`);
						};
						const range = document.createRange();
						range.setStart(...at(start));
						range.setEnd(...at(end));
						const box = range.getBoundingClientRect();
						return { scrollY: window.scrollY, top: box.top + window.scrollY, viewport: window.innerHeight };
					},
					{ start: anchored.start, end: anchored.end },
				);
				// Another occurrence starts at another word, so at least one line away.
				expect(Math.abs(landed.scrollY + landed.viewport / 2 - landed.top), `${article.id} ${fragment} ${JSON.stringify(landed)}`).toBeLessThan(LINE / 2);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});
}
