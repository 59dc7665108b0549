import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeParagraphIds } from '../../src/plugins/rehype-paragraph-ids';

async function run(html: string, options?: { prefix?: string; legacyPrefix?: string }): Promise<string> {
	const tree = (await unified().use(rehypeParagraphIds, options).run(fromHtml(html, { fragment: true }))) as Root;
	return toHtml(tree);
}

describe('rehypeParagraphIds', () => {
	it('numbers top-level paragraphs, and moves heading slugs into their own namespace', async () => {
		expect(await run('<p>One</p>\n<h2 id="part">Part</h2>\n<p>Two</p>')).toBe(
			'<p id="p1" data-paragraph="1">One</p>\n<h2 id="h.part">Part</h2>\n<p id="p2" data-paragraph="2">Two</p>',
		);
	});

	it('never gives a heading called "P1" the id of paragraph 1', async () => {
		const html = await run('<h2 id="p1">P1</h2><p>One</p>');
		expect(html).toBe('<h2 id="h.p1">P1</h2><p id="p1" data-paragraph="1">One</p>');
	});

	it('should support `options.prefix`, on headings too', async () => {
		expect(await run('<h2 id="part">Part</h2><p>One</p>', { prefix: 'tass-2025-02-10.' })).toBe('<h2 id="tass-2025-02-10.h.part">Part</h2><p id="tass-2025-02-10.p1" data-paragraph="1">One</p>');
	});

	it('keeps the pre-0.2 paragraph id as an empty alias', async () => {
		expect(await run('<p>One</p>', { prefix: 'a.', legacyPrefix: 'a-' })).toBe('<p id="a.p1" data-paragraph="1"><span id="a-p1" class="id-alias" data-furniture=""></span>One</p>');
	});

	it('does not count paragraphs nested in other blocks', async () => {
		expect(await run('<blockquote><p>Quoted</p></blockquote><p>Body</p>')).toBe('<blockquote><p>Quoted</p></blockquote><p id="p1" data-paragraph="1">Body</p>');
	});
});
