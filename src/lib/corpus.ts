import { type CollectionEntry, getCollection } from 'astro:content';
import { NARRATION } from '../schemas/claim';
import type { Entity } from '../schemas/entity';
import { type ArticleEntry, getArticles } from './articles';
import { contentRoot } from './content-root';
import { type ContentProblem, ContentError } from './content-problems';
import { type AnchoredQuote, QuoteAnchorError, type QuoteAnchor } from '../plugins/rehype-anchor-quotes';
import type { MentionTerm } from '../plugins/rehype-mark-mentions';
import { eventPath } from './paths';
import { renderArticleHtml } from './render-article';
import { type ResolvedClaim, resolveClaims } from './resolve-claims';

export type EventEntry = CollectionEntry<'events'>;

/** The number of event colours in the stylesheet; events beyond it reuse them, and their numbers tell them apart. */
export const EVENT_HUES = 8;

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
	/** Renders one article's text with its claims and mentions; `idPrefix` keeps ids unique on multi-article pages. */
	render(articleId: string, options?: { idPrefix?: string }): Promise<string>;
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
	const { claims, problems } = resolveClaims({
		articles,
		events: events.map((e) => ({ id: e.id, file: e.filePath ?? `${contentRoot}/events/${e.id}.yaml`, data: e.data })),
		entities: entityEntries.map((e) => ({ id: e.id, data: e.data })),
		entitiesFile,
	});
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

	const renderWithAnchors = (articleId: string, options: { idPrefix?: string } = {}) => {
		const prefix = options.idPrefix ?? '';
		return renderArticleHtml(htmlOf.get(articleId) ?? '', {
			idPrefix: prefix,
			paragraphLinks: true,
			anchors: (byArticle.get(articleId) ?? []).map((claim) => claimAnchor(claim, eventsById.get(claim.eventId)!, numbers.get(claim.eventId)!, prefix)),
			mentions: mentionTerms(entities, articleId),
		});
	};

	// Anchor every claim of every article now, so one bad quote fails the whole build with all problems listed.
	const anchorProblems: ContentProblem[] = [];
	const byRef = new Map(claims.map((c) => [c.ref, c]));
	const anchored = new Map<string, AnchoredQuote>();
	for (const article of articles) {
		try {
			for (const found of (await renderWithAnchors(article.id)).anchored) anchored.set(found.key, found);
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
		render: async (articleId, options) => (await renderWithAnchors(articleId, options)).html,
	};
}

/** The CSS class that colours an event's claims. */
export function hueClass(eventNumber: number): string {
	return `hue-${(eventNumber - 1) % EVENT_HUES}`;
}

/** The id a claim has on pages that show several articles: `<article-id>-<claim-id>`. */
export function sharedClaimId(claim: Pick<ResolvedClaim, 'article' | 'id'>): string {
	return `${claim.article}-${claim.id}`;
}

function claimAnchor(claim: ResolvedClaim, event: EventEntry, eventNumber: number, prefix: string): QuoteAnchor {
	const id = `${prefix}${claim.id}`;
	return {
		key: claim.ref,
		quote: { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix },
		id,
		properties: {
			className: ['claim', hueClass(eventNumber)],
			dataEvent: claim.eventId,
			dataClaim: claim.id,
			dataRelation: claim.relation,
		},
		// The claim's controls: its event's number, a link to the event (works without JavaScript), and a link to cite it.
		after: {
			type: 'element',
			tagName: 'span',
			properties: { className: ['claim-tools'], dataFurniture: '' },
			children: [
				{
					type: 'element',
					tagName: 'a',
					properties: { className: ['claim-ref', hueClass(eventNumber)], href: `${eventPath(claim.eventId)}#${sharedClaimId(claim)}`, dataEvent: claim.eventId, dataTarget: id, ariaLabel: `Event ${eventNumber}: ${event.data.title}. Compare all sources` },
					children: [{ type: 'text', value: String(eventNumber) }],
				},
				{
					type: 'element',
					tagName: 'a',
					properties: { className: ['cite-link'], href: `#${id}`, ariaLabel: `Link to this claim (${event.data.title})` },
					children: [{ type: 'text', value: '#' }],
				},
			],
		},
	};
}

/** Every name of every entity, flagged where a variant is a known error of this article. */
export function mentionTerms(entities: ReadonlyMap<string, Entity>, articleId: string): MentionTerm[] {
	const terms: MentionTerm[] = [];
	for (const [id, entity] of entities) {
		const names = [{ text: entity.name }, ...entity.variants.map((v) => (typeof v === 'string' ? { text: v } : v))];
		for (const variant of names) {
			const isError = 'errorIn' in variant && variant.errorIn === articleId;
			const differs = variant.text !== entity.name;
			terms.push({
				text: variant.text,
				properties: {
					className: isError ? ['mention', 'mention-error'] : ['mention'],
					dataEntity: id,
					title: isError
						? `Written “${variant.text}” here: an error of this source; the person is ${entity.name}.${'note' in variant && variant.note ? ` ${variant.note}` : ''}`
						: differs
							? `${variant.text}: ${entity.name}`
							: entity.name,
				},
			});
		}
	}
	return terms;
}
