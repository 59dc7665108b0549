import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { sourceMarkdownOptions } from '../../src/lib/markdown/options';
import { renderArticleHtml } from '../../src/lib/anchoring/render-article';
import { isSafeUrl } from '../../src/plugins/remark-source-text';

// Even if the content check were skipped (`astro build` run directly), what
// Markdown makes of any body, and what the reader adds to it, never carries
// anything that runs: the property is checked on the HTML a page would get.
const markdown = await createMarkdownProcessor({ ...sourceMarkdownOptions('collect'), syntaxHighlight: false });

const scheme = fc.constantFrom('javascript:', 'JaVaScRiPt:', ' javascript:', 'java\tscript:', 'data:', 'vbscript:', 'https:', 'http:', 'mailto:', '', '//', 'file:');
const url = fc.tuple(scheme, fc.constantFrom('alert(1)', '//example.org/x', 'text/html,<script>alert(1)</script>', 'a@example.org')).map(([s, rest]) => `${s}${rest}`);
const tag = fc.constantFrom('script', 'img', 'iframe', 'div', 'a', 'style', 'svg', 'object', 'embed', 'p', 'span', 'math', 'template', 'link', 'meta');
const attribute = fc.oneof(
	fc.constantFrom('onerror', 'onclick', 'onmouseover', 'ONLOAD', 'hidden', 'style').map((name) => `${name}="alert(1)"`),
	fc.tuple(fc.constantFrom('href', 'src', 'action', 'formaction', 'xlink:href'), url).map(([name, value]) => `${name}="${value}"`),
);
const html = fc.tuple(tag, fc.array(attribute, { maxLength: 3 }), fc.string({ maxLength: 12 })).map(([t, attrs, text]) => `<${t} ${attrs.join(' ')}>${text}</${t}>`);
const piece = fc.oneof(
	html,
	fc.constantFrom('<!-- hidden -->', '<style>p{display:none}</style>', '<script>alert(1)</script>', '\n\n', ' plain words ', '&lt;b&gt;', '\\<b>'),
	url.map((u) => `[link](${u})`),
	url.map((u) => `![image](${u})`),
	url.map((u) => `<${u}>`),
	url.map((u) => `[ref][r]\n\n[r]: ${u}\n\n`),
	fc.string({ maxLength: 20 }),
);
const body = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));

function elements(nodes: readonly (RootContent | Root)[], out: Element[] = []): Element[] {
	for (const node of nodes) {
		if (node.type === 'element') out.push(node);
		if ('children' in node) elements(node.children, out);
	}
	return out;
}

describe('no page ever carries executable content, whatever the body', () => {
	it('has no script, style, frame, event handler or script URL after rendering', async () => {
		await fc.assert(
			fc.asyncProperty(body, async (text) => {
				const rendered = await markdown.render(text);
				const { html: page } = await renderArticleHtml(rendered.code, { paragraphLinks: true });
				for (const el of elements([fromHtml(page, { fragment: true })])) {
					expect(['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'link', 'meta', 'base', 'form', 'img', 'video', 'audio', 'source', 'picture']).not.toContain(el.tagName);
					expect(Object.keys(el.properties).filter((name) => ['src', 'srcSet', 'poster'].includes(name)), 'nothing is loaded from anywhere').toEqual([]);
					for (const [name, value] of Object.entries(el.properties)) {
						expect(name.toLowerCase().startsWith('on'), `event handler ${name} in ${page}`).toBe(false);
						expect(['hidden', 'style'], `${name} in ${page}`).not.toContain(name);
						if (['href', 'src', 'action', 'formAction', 'xLinkHref'].includes(name) && !String(value).startsWith('#')) {
							expect(isSafeUrl(String(value)), `${name}=${String(value)} in ${page}`).toBe(true);
						}
					}
				}
			}),
			{ numRuns: 300 },
		);
	}, 60_000);
});
