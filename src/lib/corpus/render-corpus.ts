import { toHtml } from 'hast-util-to-html';
import { addCiteFragments } from '../citing/cite-fragments';
import { type TextDirective, textDirectiveFor } from '../citing/text-fragment';
import type { Entity } from '../../schemas/entity';
import { type AnchoredQuote, QuoteAnchorError } from '../../plugins/rehype-anchor-quotes';
import { compileMentions } from '../../plugins/rehype-mark-mentions';
import type { AnchorProblem } from '../anchoring/text-quote';
import { renderArticleTree, scopeIds } from '../anchoring/render-article';
import { claimAnchor, entityNames, mentionTerms } from './annotation-markup';
import type { ClaimNote } from './claim-note';
import { type ParagraphMentions, paragraphMentions } from './entity-passages';
import { legacyAliasesSafe, legacyScopedId, scopePrefix } from './page-ids';
import type { ResolvedClaim } from './resolve-claims';
import type { ResolvedStory } from './stories';
import type { LoadedContent } from '../check/load-content';
import type { RenderCache } from '../build/render-cache';

/** The entries of every collection, as Parallax's reader (`loadContent`) parsed and validated them. */
export type ParsedContent = Pick<LoadedContent, 'articles' | 'events' | 'entities' | 'stories'>;

export interface RenderCorpusInput {
	/** Each article's Markdown, as HTML, and its language (BCP 47). */
	articles: readonly { id: string; html: string; language: string }[];
	claims: readonly ResolvedClaim[];
	/** What each claim's side note says, by `ref` (`claimNotes`). */
	notes: ReadonlyMap<string, ClaimNote>;
	stories: readonly ResolvedStory[];
	entities: ReadonlyMap<string, Entity>;
	/** Renderings of earlier builds, by a hash of each article's inputs (`src/lib/build/render-cache.ts`); none by default. */
	cache?: RenderCache<ArticleRendering> | undefined;
}

/** What rendering one article gives: its parts of `RenderedCorpus`. */
export interface ArticleRendering {
	html: string;
	text: string;
	paragraphs: { n: number; text: string }[];
	scoped: [string, string][];
	anchored: AnchoredQuote[];
	/** Each claim's Text Fragment, by `ref`. */
	directives: [string, { directive: TextDirective; unique: boolean }][];
	mentions: ParagraphMentions[];
	names: { entityId: string; written: string[] }[];
}

/** Every article of the corpus with the reader's marks, as the pages use it. */
export interface RenderedCorpus {
	/** Each article's text with its claims and mentions, for its own page. */
	html: Map<string, string>;
	/** The copy for multi-article pages, keyed `<article>#<story>`, or `<article>#*` where it keeps every claim. */
	scoped: Map<string, string>;
	/** Where each claim landed, by `ref`. */
	anchored: Map<string, AnchoredQuote>;
	/** The Text Fragment directive that lands on each claim's passage in the original (`textDirectiveFor`), by `ref`. */
	directives: Map<string, { directive: TextDirective; unique: boolean }>;
	/** Each article's text as a reader's DOM has it (without the reader's controls): what export selectors count in. */
	text: Map<string, string>;
	/** Each article's numbered paragraphs, as text: what search indexes. */
	paragraphs: Map<string, { n: number; text: string }[]>;
	/** The names each article uses, by entity, in order of first mention. */
	names: Map<string, { entityId: string; written: string[] }[]>;
	/** Each article's paragraphs that name an entity, with the mentions in them (`paragraphMentions`). */
	mentions: Map<string, ParagraphMentions[]>;
	/** Quotes that could not be anchored, by article. */
	problems: { article: string; problem: AnchorProblem }[];
}

/**
 * Renders and anchors every article once: its claims (numbered within their
 * story), the entity names (compiled once for all articles), its own page's
 * HTML and the scoped copies that multi-article pages reuse. The content check
 * runs it before Astro and hands the result over, so a build does it once.
 */
export async function renderCorpus(input: RenderCorpusInput): Promise<RenderedCorpus> {
	const claimsByArticle = Map.groupBy(input.claims, (claim) => claim.article);
	const storiesByArticle = new Map<string, ResolvedStory[]>();
	for (const story of input.stories) for (const id of story.articleIds) storiesByArticle.set(id, [...(storiesByArticle.get(id) ?? []), story]);
	const primary = input.stories.find((s) => s.primary);
	// Pre-0.2 pages showed exactly the primary story's sources, so only they keep their old ids, and only where those are unambiguous.
	const legacy = new Set(primary && legacyAliasesSafe(primary.articleIds) ? primary.articleIds : []);
	const names = entityNames(input.entities);
	const matcher = compileMentions(names);
	const namesKey = input.cache?.key(names);

	const out: RenderedCorpus = { html: new Map(), scoped: new Map(), anchored: new Map(), directives: new Map(), text: new Map(), paragraphs: new Map(), names: new Map(), mentions: new Map(), problems: [] };
	for (const article of input.articles) {
		const own = claimsByArticle.get(article.id) ?? [];
		const anchors = own.map((claim) => claimAnchor(claim, input.notes.get(claim.ref)!));
		const stories = storiesByArticle.get(article.id) ?? [];
		const legacyPrefix = legacy.has(article.id) ? legacyScopedId(article.id, '') : undefined;
		// Everything the rendering below reads, besides the compiled names (`namesKey`).
		const key = input.cache?.key({ id: article.id, html: article.html, language: article.language, anchors, names: namesKey, legacyPrefix, stories: stories.map((s) => [s.id, s.eventIds]) });
		let done = key === undefined ? undefined : input.cache!.get(key);
		if (!done) {
			let rendered: Awaited<ReturnType<typeof renderArticleTree>>;
			try {
				rendered = await renderArticleTree(article.html, {
					paragraphLinks: true,
					anchors,
					mentions: mentionTerms(names, article.id),
					mentionMatcher: matcher,
					language: article.language,
				});
			} catch (error) {
				if (!(error instanceof QuoteAnchorError)) throw error;
				for (const problem of error.problems) out.problems.push({ article: article.id, problem });
				continue;
			}
			// Each paragraph and claim carries the Text Fragment that lands on it in the original, for the copied citations.
			const cited = addCiteFragments(rendered.tree, rendered.text, article.language, rendered.paragraphs, new Map(rendered.anchored.map((found) => [found.key.slice(article.id.length + 1), found])));
			const directives = rendered.anchored.map((found) => [found.key, cited.get(found.key.slice(article.id.length + 1)) ?? textDirectiveFor(rendered.text, found.start, found.end, article.language)] as [string, { directive: TextDirective; unique: boolean }]);
			const html = toHtml(rendered.tree);
			const mentions = paragraphMentions(rendered.tree, rendered.paragraphs);
			const ownEvents = new Set(own.map((c) => c.eventId));
			const scoped = new Map<string, string>();
			for (const story of stories) {
				const inStory = new Set(story.eventIds);
				const complete = [...ownEvents].every((e) => inStory.has(e));
				const scopedKey = `${article.id}#${complete ? '*' : story.id}`;
				if (!scoped.has(scopedKey)) scoped.set(scopedKey, toHtml(scopeIds(rendered.tree, scopePrefix(article.id), legacyPrefix, complete ? undefined : (e) => inStory.has(e))));
			}
			const byEntity = new Map<string, Set<string>>();
			for (const mention of rendered.mentions) byEntity.set(mention.key, (byEntity.get(mention.key) ?? new Set()).add(mention.text));
			done = {
				html,
				text: rendered.text,
				paragraphs: rendered.paragraphs,
				scoped: [...scoped],
				anchored: rendered.anchored,
				directives,
				mentions,
				names: [...byEntity].map(([entityId, written]) => ({ entityId, written: [...written] })),
			};
			if (key !== undefined) input.cache!.set(key, done);
		}
		out.html.set(article.id, done.html);
		out.text.set(article.id, done.text);
		out.paragraphs.set(article.id, done.paragraphs);
		for (const [scopedKey, html] of done.scoped) out.scoped.set(scopedKey, html);
		for (const found of done.anchored) out.anchored.set(found.key, found);
		for (const [ref, directive] of done.directives) out.directives.set(ref, directive);
		out.mentions.set(article.id, done.mentions);
		out.names.set(article.id, done.names);
	}
	return out;
}

/** One article for the search index (src/lib/export/search-records.ts): a small HTML page for Pagefind, an anchor per paragraph, so a result still leads to the paragraph. */
export interface SearchRecord {
	/** The article page's URL, with the base path: `/articles/<id>/`. */
	url: string;
	/** The article's BCP 47 language tag, which picks its Pagefind bundle. */
	language: string;
	/** The page Pagefind indexes: paragraphs with `p<n>` anchors, names blocks with `n<n>` anchors, metadata and filters. */
	html: string;
}

const HANDOFF = Symbol.for('parallax.rendered-corpus');

/** What the content check leaves for the Astro build in the same process: the Markdown HTML and the rendered corpus, for one content folder. */
export interface Handoff {
	/** The content folder, absolute. */
	root: string;
	/** The base path the links were made for. */
	base: string;
	/** Each article's Markdown as HTML, by id. */
	markdown: Map<string, string>;
	/** One search record per article, for Pagefind. */
	searchRecords: SearchRecord[];
	/** Every content file as the check read, parsed and validated it: what the collections' loaders store, so no file is read or parsed twice. */
	content: ParsedContent;
	rendered: RenderedCorpus;
}

export function handOff(handoff: Handoff): void {
	(globalThis as Record<symbol, unknown>)[HANDOFF] = handoff;
}

/** The content check's result for `root`, when the build ran it in this process. */
export function handoffFor(root: string, base: string): Handoff | undefined {
	const handoff = (globalThis as Record<symbol, unknown>)[HANDOFF] as Handoff | undefined;
	return handoff?.root === root && handoff.base === base ? handoff : undefined;
}
