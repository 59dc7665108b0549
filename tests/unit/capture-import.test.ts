import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { renderArticleTree } from '../../src/lib/anchoring/render-article';
import { blockTexts } from '../../src/lib/capture/article-text';
import { importPage } from '../../src/lib/capture/import-page';
import { markdownBody } from '../../src/lib/capture/markdown-body';
import { PageError } from '../../src/lib/capture/read-page';
import { checkContent } from '../../src/lib/check/check-content';
import { sourceMarkdownOptions } from '../../src/lib/markdown/options';
import { writeContentSet } from '../helpers/content-set';
import { projectRoot } from '../helpers/run-astro';

const fixture = (name: string) => join(projectRoot, 'tests/fixtures/capture', name);
// What the page does not state, given as the editor would on the command line.
const given: Record<string, Parameters<typeof importPage>[1]> = {
	'no-metadata.html': { outlet: 'Quillby Gazette' },
	'plain.txt': { outlet: 'Quillby Gazette', url: 'https://quillby-gazette.example/harbour-wall', language: 'en', date: '2025-03-25', dateNote: 'The date of the council meeting the text reports as "on Tuesday", from the council\'s minutes.' },
};
const FIXTURES = ['jsonld-og.html', 'og-only.html', 'no-metadata.html', 'wire-dateline.html', 'rtl.html', 'amp.html', 'related-box.html', 'russian.html', 'plain.txt'];

/** The text of each block of a Markdown body, rendered by the project's own pipeline (the build's Markdown options and reader transforms). */
async function rendered(markdown: string): Promise<string[]> {
	const processor = await createMarkdownProcessor({ ...sourceMarkdownOptions('throw'), syntaxHighlight: false });
	return blockTexts((await renderArticleTree((await processor.render(markdown)).code)).tree);
}

describe('npm run import: the text', () => {
	it.each(FIXTURES)('%s renders back to exactly the extracted text, block for block', async (name) => {
		const result = importPage(fixture(name), given[name]);
		const body = result.text.split(/^---$/m).slice(2).join('---').replace(/^\n/, '');
		expect(await rendered(body)).toEqual(result.blocks.map((b) => b.text));
	});

	it('escapes what Markdown would read as syntax, at a paragraph start and inline', async () => {
		const texts = ['14. November was cold.', '* * *', '# Not a heading', '> Not a quote', '- Not a list', '+ Nor this', '1) Nor this', '---', '=== under', 'Inline *a* _b_ `c` [d](e) <f> &amp; \\g and ![h](i)', 'Line one\nline two'];
		const blocks = texts.map((text) => ({ kind: 'paragraph' as const, text }));
		expect(await rendered(markdownBody(blocks))).toEqual(texts);
	});

	it('keeps the related-links boxes out of the text and lists them, with the paragraph they followed', () => {
		const { blocks, article } = importPage(fixture('related-box.html'));
		expect(blocks.map((b) => b.text)).toContain('* * *');
		expect(blocks.map((b) => b.text)).toContain('14. November was the last time the trams stopped, for a one-day strike that the company said cost it €1.2m.');
		expect(blocks.some((b) => b.text.includes('Bus fares'))).toBe(false);
		expect(article.removed).toEqual([
			expect.objectContaining({ kind: 'related-links', position: 'after paragraph 2', text: 'READ ALSO:\nBus fares to rise in spring\nNew tram line opens to the airport' }),
			// A "Read more:" line and the list of links after it: one box.
			expect.objectContaining({ kind: 'related-links', position: 'after paragraph 4', text: 'Read more:\nUnion elects a new chair\nNight trams to run at weekends' }),
		]);
	});

	it('lists a caption and a newsletter prompt inside the body as removed, in page order', () => {
		const { article, blocks } = importPage(fixture('jsonld-og.html'));
		expect(article.removed.map((r) => [r.kind, r.position])).toEqual([
			['caption', 'after paragraph 2'],
			['other', 'after paragraph 3'],
		]);
		expect(blocks).toHaveLength(4);
	});

	it('keeps an Arabic page right to left, its "read also" box removed', () => {
		const { article, blocks } = importPage(fixture('rtl.html'));
		expect(article.language).toBe('ar');
		expect(blocks).toHaveLength(4);
		expect(article.removed[0]).toMatchObject({ kind: 'related-links', position: 'after paragraph 2' });
	});
});

describe('npm run import: the metadata, each with its source', () => {
	it('reads JSON-LD first, and says so', () => {
		const { article, text } = importPage(fixture('jsonld-og.html'));
		expect(article).toMatchObject({
			title: { text: 'Ferry service to Wrenhaven resumes after storm', basis: 'stated', note: "`headline` in the page's JSON-LD." },
			outlet: { name: 'Harbour Courier' },
			url: 'https://harbour-courier.example/news/2025/03/14/ferry-service-resumes',
			published: { date: '2025-03-14', precision: 'day', basis: 'stated' },
			language: 'en-GB',
			author: 'Nell Osgood',
		});
		expect(article.published.note).toContain('`datePublished` in the page\'s JSON-LD');
		expect(text).toContain("# author: `author` in the page's JSON-LD.");
		expect(text).toContain('# url: the page\'s `<link rel="canonical">`.');
	});

	it('reads Open Graph and article: tags when there is no JSON-LD, and never takes a profile address for an author', () => {
		const { article, text } = importPage(fixture('og-only.html'));
		expect(article).toMatchObject({ title: { text: 'Prefeitura reabre mercado municipal após reforma', note: "The page's `og:title` (Open Graph)." }, outlet: { name: 'Diário do Vale Azul' }, language: 'pt-BR', published: { date: '2025-05-12' } });
		expect(article.author).toBeUndefined();
		expect(text).toContain('# author: the page names none, so there is none (never guessed).');
	});

	it('keeps the day as the page writes it, in its own time zone', () => {
		// 18:20 at UTC-3 is already the 13th in UTC; the page's day is the 12th.
		expect(importPage(fixture('og-only.html')).article.published.date).toBe('2025-05-12');
	});

	it('takes the canonical address of an AMP page, and reports the JSON-LD address that differs', () => {
		const { article, review } = importPage(fixture('amp.html'));
		expect(article.url).toBe('https://vale-herald.example/news/orchard-festival-cancelled');
		expect(review.join('\n')).toContain('https://vale-herald.example/amp/news/orchard-festival-cancelled');
	});

	it('records a wire dateline as printed, and the text still starts with it', () => {
		const { article, blocks } = importPage(fixture('wire-dateline.html'));
		expect(article.dateline).toBe('KESTREL BAY, February 10. /Northwind/.');
		expect(blocks[0]!.text.startsWith(article.dateline!)).toBe(true);
		expect(article.title).toEqual({ basis: 'unknown', note: 'The page states no headline: no JSON-LD `headline`, no `og:title`, no `<h1>`.' });
	});

	it('takes a date printed only in the text as stated, moving its line to removed; the address from the "saved from" comment', () => {
		const { article, blocks } = importPage(fixture('no-metadata.html'), given['no-metadata.html']);
		expect(article.published).toMatchObject({ date: '2025-03-03', basis: 'stated' });
		expect(article.removed[0]).toMatchObject({ text: '3 March 2025', kind: 'metadata', position: 'before paragraph 1' });
		expect(blocks[0]!.text).toMatch(/^The public library/);
		expect(article.url).toBe('https://quillby-gazette.example/local/library-hours');
	});

	it('records a date the editor gives as inferred, with the reason', () => {
		const { article } = importPage(fixture('plain.txt'), given['plain.txt']);
		expect(article.published).toMatchObject({ date: '2025-03-25', basis: 'inferred' });
		expect(article.published.note).toMatch(/^Given at import: /);
	});

	it.each(FIXTURES)('%s gives a file that passes the content check', async (name) => {
		const result = importPage(fixture(name), given[name]);
		const root = writeContentSet({ [`articles/${result.id}.md`]: result.text, 'entities.yaml': '[]\n' });
		const { problems } = await checkContent(root);
		expect(problems).toEqual([]);
	});
});

describe('npm run import: refusals', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'parallax-import-'));
	const write = (name: string, data: string | Buffer) => {
		writeFileSync(join(scratch, name), data);
		return join(scratch, name);
	};
	const refusal = (path: string, options?: Parameters<typeof importPage>[1]) => {
		try {
			importPage(path, options);
		} catch (error) {
			expect(error).toBeInstanceOf(PageError);
			return (error as Error).message;
		}
		throw new Error('no refusal');
	};

	it('refuses a missing, empty or binary file, and a page without article text', () => {
		expect(refusal(join(scratch, 'nope.html'))).toContain('no such file');
		expect(refusal(write('empty.html', ''))).toContain('the file is empty');
		expect(refusal(write('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])))).toContain('binary data');
		expect(refusal(write('index.html', '<!doctype html><html lang="en"><body><nav><a href="/">Home</a></nav></body></html>'))).toContain('no article text found');
	});

	it('names every missing field at once, with the option that supplies it, and never guesses', () => {
		const message = refusal(write('bare.txt', 'A paragraph of text.\n\nAnother one.'));
		for (const option of ['--date', '--outlet', '--url', '--language']) expect(message).toContain(option);
	});

	it('points out a wire dateline that has no year rather than guessing one', () => {
		const page = readFileSync(fixture('wire-dateline.html'), 'utf8').replace(/<script type="application\/ld\+json">.*<\/script>/, '');
		const message = refusal(write('wire.html', page), { outlet: 'Northwind Wire' });
		expect(message).toContain('its dateline "KESTREL BAY, February 10. /Northwind/." gives no full date');
	});

	it('never runs the page\'s scripts', () => {
		const page = readFileSync(fixture('amp.html'), 'utf8').replace('</article>', '</article><script>document.querySelector("article").insertAdjacentHTML("beforeend", "<p>Injected by a script of the page, which a reader of the saved copy never sees as text of it.</p>")</script>');
		const { blocks } = importPage(write('scripted.html', page));
		expect(blocks.some((b) => b.text.includes('Injected'))).toBe(false);
	});

	it('never overwrites a file (npm run import, twice)', () => {
		const root = writeContentSet({ 'articles/.keep': '', 'entities.yaml': '[]\n' });
		const run = () => spawnSync(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import.ts', fixture('amp.html'), '--content', root], { cwd: projectRoot, encoding: 'utf8' });
		const first = run();
		expect(first.status, first.stderr).toBe(0);
		const file = join(root, 'articles/vale-herald-2025-08-21.md');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn edit.\n`);
		const second = run();
		expect(second.status).toBe(1);
		expect(second.stderr).toContain('exists already, and import never overwrites a file');
		expect(readFileSync(file, 'utf8')).toContain('An edit.');
	}, 120_000);
});
