import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { type AnchoredQuote, type QuoteAnchor, rehypeAnchorQuotes } from '../../plugins/rehype-anchor-quotes';
import { type FoundMention, type MentionTerm, rehypeMarkMentions } from '../../plugins/rehype-mark-mentions';
import { rehypeParagraphIds } from '../../plugins/rehype-paragraph-ids';
import { rehypeSafeSource } from '../../plugins/rehype-safe-source';

export interface RenderOptions {
	/** Prefix for every id in this rendering, so several articles can share a page. */
	idPrefix?: string;
	/** The pre-0.2 id prefix, written as aliases so published links keep landing. */
	legacyPrefix?: string | undefined;
	/** Add a "link" control to every paragraph. */
	paragraphLinks?: boolean;
	/** Claims to anchor and highlight. */
	anchors?: readonly QuoteAnchor[];
	/** Entity names to mark. */
	mentions?: readonly MentionTerm[];
}

/**
 * Runs the reader's rehype transforms over an article's rendered Markdown.
 * Astro's Markdown processor (configured in `astro.config.mjs`) turns the
 * source into HTML once and caches it; the transforms that need per-page
 * options (id prefixes, claims, mentions) run here, on the page that shows it.
 */
export async function renderArticleHtml(html: string, options: RenderOptions = {}): Promise<{ html: string; anchored: AnchoredQuote[]; mentions: FoundMention[] }> {
	const processor = unified()
		// Whatever Markdown let through, only plain text elements go on: nothing here can run script or hide text.
		.use(rehypeSafeSource)
		.use(rehypeParagraphIds, { prefix: options.idPrefix ?? '', links: options.paragraphLinks ?? false, legacyPrefix: options.legacyPrefix })
		.use(rehypeAnchorQuotes, { anchors: options.anchors ?? [] })
		.use(rehypeMarkMentions, { terms: options.mentions ?? [] });
	const file = new VFile();
	const tree = (await processor.run(fromHtml(html, { fragment: true }), file)) as Root;
	return { html: toHtml(tree), anchored: file.data.quoteAnchors ?? [], mentions: file.data.mentions ?? [] };
}
