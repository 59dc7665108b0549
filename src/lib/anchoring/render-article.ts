import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { type AnchoredQuote, type QuoteAnchor, rehypeAnchorQuotes } from '../../plugins/rehype-anchor-quotes';
import type { TermMatcher } from './text-quote';
import { type FoundMention, type MentionTerm, rehypeMarkMentions } from '../../plugins/rehype-mark-mentions';
import { rehypeMarginNotes } from '../../plugins/rehype-margin-notes';
import { rehypeParagraphIds } from '../../plugins/rehype-paragraph-ids';
import { rehypeSafeSource } from '../../plugins/rehype-safe-source';

export interface RenderOptions {
	/** Add a "link" control to every paragraph. */
	paragraphLinks?: boolean;
	/** Claims to anchor and highlight. */
	anchors?: readonly QuoteAnchor[];
	/** Entity names to mark. */
	mentions?: readonly MentionTerm[];
	/** The same names compiled once per build (`compileMentions`). */
	mentionMatcher?: TermMatcher | undefined;
	/** The article's language (BCP 47), for word boundaries. */
	language?: string | undefined;
}

/**
 * Runs the reader's rehype transforms over an article's rendered Markdown.
 * Astro's Markdown processor (configured in `astro.config.mjs`) turns the
 * source into HTML once and caches it; the transforms that add the reader's
 * own marks (paragraph ids, claims, mentions) run here, once per article per
 * build. Pages that show several articles take a copy with `scopeIds`.
 */
export async function renderArticleTree(html: string, options: RenderOptions = {}): Promise<{ tree: Root; text: string; paragraphs: { n: number; text: string }[]; anchored: AnchoredQuote[]; mentions: FoundMention[] }> {
	const processor = unified()
		// Whatever Markdown let through, only plain text elements go on: nothing here can run script or hide text.
		.use(rehypeSafeSource)
		.use(rehypeParagraphIds, { links: options.paragraphLinks ?? false })
		.use(rehypeAnchorQuotes, { anchors: options.anchors ?? [], language: options.language })
		.use(rehypeMarkMentions, { terms: options.mentions ?? [], matcher: options.mentionMatcher, language: options.language })
		.use(rehypeMarginNotes, { language: options.language });
	const file = new VFile();
	const tree = (await processor.run(fromHtml(html, { fragment: true }), file)) as Root;
	return { tree, text: file.data.sourceText ?? '', paragraphs: file.data.sourceParagraphs ?? [], anchored: file.data.quoteAnchors ?? [], mentions: file.data.mentions ?? [] };
}

/** `renderArticleTree`, as HTML. */
export async function renderArticleHtml(html: string, options: RenderOptions = {}): Promise<{ html: string; anchored: AnchoredQuote[]; mentions: FoundMention[] }> {
	const { tree, anchored, mentions } = await renderArticleTree(html, options);
	return { html: toHtml(tree), anchored, mentions };
}

/** An empty element that only carries an older id, so links that use it still land here; furniture, never source text. */
function aliasElement(id: string): Element {
	return { type: 'element', tagName: 'span', properties: { id, className: ['id-alias'], dataFurniture: '' }, children: [] };
}

/**
 * A copy of a tree that `scopeIds` may change: every node, children list
 * and properties object is new; property values are copied one level deep
 * (arrays of tokens), and what nothing here changes (positions, `data`) is
 * shared. Several times faster than `structuredClone` on a whole article.
 */
function copyTree<T extends Root | RootContent>(node: T): T {
	if (node.type === 'element') {
		const properties: Element['properties'] = {};
		for (const [key, value] of Object.entries(node.properties)) properties[key] = Array.isArray(value) ? [...value] : value;
		return { ...node, properties, children: node.children.map((child) => copyTree(child)) };
	}
	if (node.type === 'root') return { ...node, children: node.children.map((child) => copyTree(child)) };
	return { ...node };
}

/**
 * A copy of a rendered article for a page that shows several: every id, every
 * in-page link (`href="#…"`), every `data-target` and `aria-describedby` gets `prefix`, so the
 * article is anchored once per build and reused. With `legacyPrefix`, each
 * paragraph and claim also keeps its pre-0.2 id as an empty alias element.
 * With `keepEvent`, the claims of other events are taken out (their marks
 * unwrapped, their notes and markers removed), so a story's view shows only its own.
 */
export function scopeIds(tree: Root, prefix: string, legacyPrefix?: string, keepEvent?: (eventId: string) => boolean): Root {
	const copy = copyTree(tree);
	const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className : []);
	const walk = (parent: Root | Element): void => {
		for (let i = 0; i < parent.children.length; i++) {
			const child = parent.children[i]!;
			if (child.type !== 'element') continue;
			const { properties } = child;
			// An alias added here already has its final id.
			if (classes(child).includes('id-alias')) continue;
			if (keepEvent && typeof properties.dataEvent === 'string' && !keepEvent(properties.dataEvent)) {
				// A mark is unwrapped: the text stays, the claim goes; walk what took its place. Its note and marker go.
				(parent.children as ElementContent[]).splice(i, 1, ...(child.tagName === 'mark' ? child.children : []));
				i--;
				continue;
			}
			if (keepEvent && classes(child).includes('claim-tools')) {
				const own = child.children.find((c): c is Element => c.type === 'element' && typeof c.properties.dataEvent === 'string');
				if (own && !keepEvent(String(own.properties.dataEvent))) {
					parent.children.splice(i, 1);
					i--;
					continue;
				}
			}
			if (typeof properties.id === 'string') {
				const isAnchor = child.tagName === 'p' || child.tagName === 'mark';
				if (legacyPrefix !== undefined && isAnchor) child.children.unshift(aliasElement(`${legacyPrefix}${properties.id}`));
				properties.id = `${prefix}${properties.id}`;
			}
			if (typeof properties.dataTarget === 'string') properties.dataTarget = `${prefix}${properties.dataTarget}`;
			if (Array.isArray(properties.ariaDescribedBy)) properties.ariaDescribedBy = properties.ariaDescribedBy.map((ref) => `${prefix}${ref}`);
			if (typeof properties.href === 'string' && properties.href.startsWith('#')) properties.href = `#${prefix}${properties.href.slice(1)}`;
			walk(child);
		}
	};
	walk(copy);
	return copy;
}
