import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { scopeIds } from '../../src/lib/anchoring/render-article';
import { rehypeParagraphIds } from '../../src/plugins/rehype-paragraph-ids';

async function run(html: string, options?: { prefix?: string }): Promise<string> {
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


	it('does not count paragraphs nested in other blocks', async () => {
		expect(await run('<blockquote><p>Quoted</p></blockquote><p>Body</p>')).toBe('<blockquote><p>Quoted</p></blockquote><p id="p1" data-paragraph="1">Body</p>');
	});
});

describe('scopeIds: one rendering, reused on pages that show several articles', () => {
	const html =
		'<p id="p1" data-paragraph="1"><mark id="a" class="claim" data-event="e1">One</mark><span class="claim-tools" data-furniture=""><a class="claim-ref" href="/events/e1/#x.a" data-event="e1" data-target="a">1</a><a href="#a">#</a></span> and <mark id="b" class="claim" data-event="e2">two</mark><span class="claim-tools" data-furniture=""><a class="claim-ref" data-event="e2" data-target="b">2</a></span><a class="para-link" href="#p1">¶1</a></p>';
	const tree = () => fromHtml(html, { fragment: true }) as Root;

	it('prefixes ids, in-page links and targets, and leaves other links alone', () => {
		const out = toHtml(scopeIds(tree(), 'x.'));
		expect(out).toContain('<p id="x.p1"');
		expect(out).toContain('<mark id="x.a"');
		expect(out).toContain('data-target="x.a"');
		expect(out).toContain('href="#x.a"');
		expect(out).toContain('href="#x.p1"');
		expect(out).toContain('href="/events/e1/#x.a"');
	});

	it('adds the old ids as aliases, and never prefixes them', () => {
		const out = toHtml(scopeIds(tree(), 'x.', 'x-'));
		expect(out).toContain('<p id="x.p1" data-paragraph="1"><span id="x-p1" class="id-alias" data-furniture=""></span>');
		expect(out).toContain('<mark id="x.a" class="claim" data-event="e1"><span id="x-a" class="id-alias" data-furniture=""></span>One</mark>');
	});

	it('takes out the claims of events the page does not show, keeping their text', () => {
		const out = toHtml(scopeIds(tree(), 'x.', undefined, (event) => event === 'e1'));
		expect(out).toContain('<mark id="x.a"');
		expect(out).not.toContain('data-event="e2"');
		expect(out).toContain(' and two<a class="para-link"');
	});

	it('does not change the tree it copies', () => {
		const original = tree();
		const before = toHtml(original);
		scopeIds(original, 'x.', 'x-', () => false);
		expect(toHtml(original)).toBe(before);
	});
});
