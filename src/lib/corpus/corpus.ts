import { type CollectionEntry, getCollection } from 'astro:content';
import { NARRATION } from '../../schemas/claim';
import type { Entity } from '../../schemas/entity';
import { type ArticleEntry, getArticles } from './articles';
import { contentRoot } from './content-root';
import { type ContentProblem, ContentError } from './content-problems';
import { type AnchoredQuote, QuoteAnchorError } from '../../plugins/rehype-anchor-quotes';
import { claimAnchor, mentionTerms } from './annotation-markup';
import { renderArticleHtml } from '../anchoring/render-article';
import { legacyScopedId, scopePrefix } from './page-ids';
import { type ResolvedClaim, resolveClaims } from './resolve-claims';
import { checkEditorialRules } from './editorial-rules';

export type EventEntry = CollectionEntry<'events'>;

export interface RenderScope {
	scoped?: boolean;
	legacyAliases?: boolean;
}

export interface Corpus {
	articles: ArticleEntry[];
	/** Events in order of when they happened, then by id. */
	events: EventEntry[];
	entities: Map<string, Entity>;
	claims: ResolvedClaim[];
	/** 1-based number of an event in `events`, shown beside its claims so colour is never the only signal. */
	eventNumber(eventId: string): number;
	/** A claim's passage as the source has it (its `quote` may differ in quote marks or spacing), and the paragraph it starts in; by `ref`. */
	anchored(ref: string): AnchoredQuote;
	/** The entities an article names, in order of first mention, each with the forms it writes the name in. */
	namesIn(articleId: string): { entityId: string; written: string[] }[];
	/**
	 * Renders one article's text with its claims and mentions. `scoped` prefixes
	 * every id with `<article-id>.` for pages that show several articles, and
	 * `legacyAliases` adds the pre-0.2 `<article-id>-` ids as aliases.
	 */
	render(articleId: string, options?: RenderScope): Promise<string>;
}

let loaded: Promise<Corpus> | undefined;

/** Loads, cross-checks and anchors all content once per build; every page shares the result. */
export function getCorpus(): Promise<Corpus> {
	loaded ??= loadCorpus();
	return loaded;
}

/** The speaker of a claim, in words. */
export function speakerName(corpus: Corpus, speaker: string): string {
	return speaker === NARRATION ? 'the outlet (narration)' : (corpus.entities.get(speaker)?.name ?? speaker);
}

async function loadCorpus(): Promise<Corpus> {
	const [articles, eventEntries, entityEntries] = await Promise.all([getArticles(), getCollection('events'), getCollection('entities')]);
	const events = eventEntries.sort((a, b) => a.data.when.date.localeCompare(b.data.when.date) || a.id.localeCompare(b.id));
	const entitiesFile = `${contentRoot.replace(/^\.\//, '')}/entities.yaml`;
	const eventInputs = events.map((e) => ({ id: e.id, file: e.filePath ?? `${contentRoot}/events/${e.id}.yaml`, data: e.data }));
	const { claims, problems } = resolveClaims({
		articles,
		events: eventInputs,
		entities: entityEntries.map((e) => ({ id: e.id, data: e.data })),
		entitiesFile,
	});
	problems.push(...checkEditorialRules(eventInputs, claims));
	// A dateline is recorded and kept in the text; it must be where the text starts.
	for (const article of articles) {
		const { dateline } = article.data;
		if (dateline && !(article.body ?? '').trimStart().startsWith(dateline)) {
			problems.push({ file: article.filePath ?? article.id, field: 'dateline', message: `Expected the text to start with the dateline ${JSON.stringify(dateline)}, but it starts ${JSON.stringify((article.body ?? '').trimStart().slice(0, 40))}. Copy the dateline exactly as printed, or remove \`dateline\`.` });
		}
	}
	if (problems.length) throw new ContentError(problems);

	const numbers = new Map(events.map((event, i) => [event.id, i + 1]));
	const eventsById = new Map(events.map((event) => [event.id, event]));
	const entities = new Map(entityEntries.map((e) => [e.id, e.data]));
	const byArticle = Map.groupBy(claims, (claim) => claim.article);
	const htmlOf = new Map(articles.map((a) => [a.id, a.rendered?.html ?? '']));

	const renderWithAnchors = (articleId: string, options: RenderScope = {}) => {
		const prefix = options.scoped ? scopePrefix(articleId) : '';
		const legacyPrefix = options.scoped && options.legacyAliases ? legacyScopedId(articleId, '') : undefined;
		return renderArticleHtml(htmlOf.get(articleId) ?? '', {
			idPrefix: prefix,
			legacyPrefix,
			paragraphLinks: true,
			anchors: (byArticle.get(articleId) ?? []).map((claim) => claimAnchor(claim, eventsById.get(claim.eventId)!, numbers.get(claim.eventId)!, prefix, legacyPrefix)),
			mentions: mentionTerms(entities, articleId),
		});
	};

	// Anchor every claim of every article now, so one bad quote fails the whole build with all problems listed.
	const anchorProblems: ContentProblem[] = [];
	const byRef = new Map(claims.map((c) => [c.ref, c]));
	const anchored = new Map<string, AnchoredQuote>();
	const names = new Map<string, { entityId: string; written: string[] }[]>();
	// The unprefixed rendering is the article page's; keep it instead of rendering again.
	const unprefixed = new Map<string, string>();
	for (const article of articles) {
		try {
			const rendered = await renderWithAnchors(article.id);
			unprefixed.set(article.id, rendered.html);
			for (const found of rendered.anchored) anchored.set(found.key, found);
			const byEntity = new Map<string, Set<string>>();
			for (const mention of rendered.mentions) byEntity.set(mention.key, (byEntity.get(mention.key) ?? new Set()).add(mention.text));
			names.set(article.id, [...byEntity].map(([entityId, written]) => ({ entityId, written: [...written] })));
		} catch (error) {
			if (!(error instanceof QuoteAnchorError)) throw error;
			for (const problem of error.problems) {
				const claim = byRef.get(problem.key)!;
				anchorProblems.push({ file: claim.file, field: `${claim.field}.quote`, article: article.id, message: problem.message });
			}
		}
	}
	if (anchorProblems.length) throw new ContentError(anchorProblems);

	return {
		articles,
		events,
		entities,
		claims,
		eventNumber: (id) => numbers.get(id) ?? 0,
		anchored: (ref) => anchored.get(ref)!,
		namesIn: (articleId) => names.get(articleId) ?? [],
		render: async (articleId, options) => (!options?.scoped && unprefixed.get(articleId)) || (await renderWithAnchors(articleId, options)).html,
	};
}
