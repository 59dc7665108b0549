import { type CollectionEntry, getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { NARRATION } from '../../schemas/claim';
import type { Entity } from '../../schemas/entity';
import type { AnchoredQuote } from '../../plugins/rehype-anchor-quotes';
import { type ArticleEntry, getArticles } from './articles';
import { type ContentProblem, ContentError } from './content-problems';
import { contentRoot } from './content-root';
import { compareCodeUnits } from './order';
import { checkEditorialRules } from './editorial-rules';
import { checkQuoteExtent } from './quote-rules';
import { checkOwnVoice } from './voice-rules';
import { eventPath, withBase } from '../paths';
import { handoffFor, renderCorpus } from './render-corpus';
import type { ParagraphMentions } from './entity-passages';
import type { TextDirective } from '../citing/text-fragment';
import { claimNotes } from './claim-note';
import { type ResolvedClaim, resolveClaims } from './resolve-claims';
import { byWhen, eventNumbers, type ResolvedStory, resolveStories } from './stories';

export type EventEntry = CollectionEntry<'events'>;

/** A story with its entries: what one compare view, events matrix and timeline show. */
export interface StoryView extends ResolvedStory {
	articles: ArticleEntry[];
	events: EventEntry[];
}

export interface Corpus {
	/** Every source, oldest first. */
	articles: ArticleEntry[];
	/** Every event, in order of when it happened, then by id. */
	events: EventEntry[];
	/** The stories, in the order of their ids; content without stories is one implicit story. */
	stories: StoryView[];
	/** The story `/compare/` and `/events/` show, if one is `primary`. */
	primary: StoryView | undefined;
	entities: Map<string, Entity>;
	claims: ResolvedClaim[];
	article(id: string): ArticleEntry;
	event(id: string): EventEntry;
	/** The one story an event belongs to. */
	storyOf(eventId: string): StoryView;
	/** The stories a source belongs to. */
	storiesWith(articleId: string): StoryView[];
	/** The claims about one event, in file order. */
	claimsOfEvent(eventId: string): ResolvedClaim[];
	/** The claims of one source, in the order of the events. */
	claimsOfArticle(articleId: string): ResolvedClaim[];
	/** The claims one source makes about one event. */
	claimsOf(eventId: string, articleId: string): ResolvedClaim[];
	/** 1-based number of an event within its story, shown beside its claims so colour is never the only signal. */
	eventNumber(eventId: string): number;
	/** A claim's passage as the source has it (its `quote` may differ in quote marks or spacing), and the paragraph it starts in; by `ref`. */
	anchored(ref: string): AnchoredQuote;
	/** The Text Fragment directive that lands on a claim's passage in the original, and whether it is sure to (`textDirectiveFor`), by `ref`: computed once per build. */
	citeDirective(ref: string): { directive: TextDirective; unique: boolean };
	/** An article's text as a reader's DOM has it, without the reader's controls: what exported selectors count in. */
	text(articleId: string): string;
	/** The entities an article names, in order of first mention, each with the forms it writes the name in. */
	namesIn(articleId: string): { entityId: string; written: string[] }[];
	/** An article's numbered paragraphs that name an entity, with their text and mentions, read once per build. */
	paragraphMentions(articleId: string): ParagraphMentions[];
	/**
	 * One article's text with its claims and mentions, rendered once per build.
	 * `story` gives the copy for that story's compare view: every id is
	 * `<article-id>.<id>` (with pre-0.2 aliases for the primary story's
	 * sources), and only the story's own claims are marked.
	 */
	render(articleId: string, options?: { story?: string }): string;
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

function mustGet<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
	const value = map.get(key);
	if (value === undefined) throw new Error(`No ${what} \`${String(key)}\` in the corpus.`);
	return value;
}

async function loadCorpus(): Promise<Corpus> {
	const [articles, eventEntries, entityEntries, storyEntries] = await Promise.all([getArticles(), getCollection('events'), getCollection('entities'), getCollection('stories')]);
	const events = eventEntries.sort(byWhen);
	const root = contentRoot.replace(/^\.\//, '');
	const eventInputs = events.map((e) => ({ id: e.id, file: e.filePath ?? `${root}/events/${e.id}.yaml`, data: e.data }));
	const { claims, problems } = resolveClaims({ articles, events: eventInputs, entities: entityEntries.map((e) => ({ id: e.id, data: e.data })), entitiesFile: `${root}/entities.yaml` });
	problems.push(...checkEditorialRules(eventInputs, claims));
	const resolved = resolveStories({
		stories: storyEntries.sort((a, b) => compareCodeUnits(a.id, b.id)).map((s) => ({ id: s.id, file: s.filePath ?? `${root}/stories/${s.id}.yaml`, data: s.data })),
		events: eventInputs,
		articles: articles.map((a) => a.id),
		claims,
		storiesFolder: `${root}/stories`,
	});
	problems.push(...resolved.problems);
	if (!resolved.problems.length) problems.push(...checkOwnVoice({ events: eventInputs, stories: resolved.stories, entities: entityEntries.map((e) => ({ id: e.id, data: e.data })), entitiesFile: `${root}/entities.yaml`, claims, articles: articles.map((a) => ({ file: `${root}/articles/${a.id}.md`, data: a.data })) }));
	if (problems.length) throw new ContentError(problems);

	const articleById = new Map(articles.map((a) => [a.id, a]));
	const eventById = new Map(events.map((e) => [e.id, e]));
	const entities = new Map(entityEntries.map((e) => [e.id, e.data]));
	const claimsByEvent = Map.groupBy(claims, (claim) => claim.eventId);
	const claimsByArticle = Map.groupBy(claims, (claim) => claim.article);
	const claimsByPair = Map.groupBy(claims, (claim) => `${claim.eventId}#${claim.article}`);

	const stories: StoryView[] = resolved.stories.map((story) => ({
		...story,
		articles: story.articleIds.map((id) => mustGet(articleById, id, 'article')),
		events: story.eventIds.map((id) => mustGet(eventById, id, 'event')),
	}));
	const storyByEvent = new Map(stories.flatMap((story) => story.eventIds.map((id) => [id, story] as const)));
	const storiesByArticle = new Map<string, StoryView[]>();
	for (const story of stories) for (const id of story.articleIds) storiesByArticle.set(id, [...(storiesByArticle.get(id) ?? []), story]);
	const numbers = eventNumbers(stories);
	const primary = stories.find((s) => s.primary);

	// Every article is rendered and anchored once per build: by the content check, in this process, or here when Astro runs alone (dev).
	const rendered =
		handoffFor(resolve(contentRoot), withBase())?.rendered ??
		(await renderCorpus({
			articles: articles.map((a) => ({ id: a.id, html: a.rendered?.html ?? '', language: a.data.language })),
			claims,
			notes: claimNotes({
				claims,
				signals: { claimsOfEvent: (id) => claimsByEvent.get(id) ?? [], event: (id) => mustGet(eventById, id, 'event'), article: (id) => mustGet(articleById, id, 'article') },
				entities,
				eventTitle: (id) => mustGet(eventById, id, 'event').data.title,
				eventPath,
				eventNumber: (id) => numbers.get(id) ?? 0,
			}),
			stories: resolved.stories,
			entities,
		}));
	const byRef = new Map(claims.map((c) => [c.ref, c]));
	const anchorProblems: ContentProblem[] = rendered.problems.map(({ article, problem }) => {
		const claim = mustGet(byRef, problem.key, 'claim');
		return { file: claim.file, field: `${claim.field}.quote`, article, message: problem.message };
	});
	const { html, scoped: scopedHtml, anchored, names: namesByArticle } = rendered;
	anchorProblems.push(...checkQuoteExtent({ claims, anchored, text: rendered.text, language: new Map(articles.map((a) => [a.id, a.data.language])) }));
	if (anchorProblems.length) throw new ContentError(anchorProblems);

	return {
		articles,
		events,
		stories,
		primary,
		entities,
		claims,
		article: (id) => mustGet(articleById, id, 'article'),
		event: (id) => mustGet(eventById, id, 'event'),
		storyOf: (eventId) => mustGet(storyByEvent, eventId, 'story of the event'),
		storiesWith: (articleId) => storiesByArticle.get(articleId) ?? [],
		claimsOfEvent: (eventId) => claimsByEvent.get(eventId) ?? [],
		claimsOfArticle: (articleId) => claimsByArticle.get(articleId) ?? [],
		claimsOf: (eventId, articleId) => claimsByPair.get(`${eventId}#${articleId}`) ?? [],
		eventNumber: (id) => numbers.get(id) ?? 0,
		anchored: (ref) => mustGet(anchored, ref, 'anchored claim'),
		citeDirective: (ref) => mustGet(rendered.directives, ref, 'claim directive'),
		namesIn: (articleId) => namesByArticle.get(articleId) ?? [],
		paragraphMentions: (articleId) => rendered.mentions.get(articleId) ?? [],
		text: (articleId) => mustGet(rendered.text, articleId, 'article text'),
		render: (articleId, options) =>
			options?.story === undefined ? mustGet(html, articleId, 'article') : (scopedHtml.get(`${articleId}#${options.story}`) ?? mustGet(scopedHtml, `${articleId}#*`, 'article in the story')),
	};
}
