import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeParagraphIds } from '../../src/plugins/rehype-paragraph-ids';

async function run(html: string, options?: { prefix?: string }): Promise<string> {
	const tree = (await unified().use(rehypeParagraphIds, options).run(fromHtml(html, { fragment: true }))) as Root;
	return toHtml(tree);
}

describe('rehypeParagraphIds', () => {
	it('numbers top-level paragraphs and skips headings', async () => {
		expect(await run('<p>One</p>\n<h2 id="part">Part</h2>\n<p>Two</p>')).toBe(
			'<p id="p1" data-paragraph="1">One</p>\n<h2 id="part">Part</h2>\n<p id="p2" data-paragraph="2">Two</p>',
		);
	});

	it('should support `options.prefix`', async () => {
		expect(await run('<p>One</p>', { prefix: 'tass-2025-02-10-' })).toBe('<p id="tass-2025-02-10-p1" data-paragraph="1">One</p>');
	});

	it('does not count paragraphs nested in other blocks', async () => {
		expect(await run('<blockquote><p>Quoted</p></blockquote><p>Body</p>')).toBe('<blockquote><p>Quoted</p></blockquote><p id="p1" data-paragraph="1">Body</p>');
	});
});
