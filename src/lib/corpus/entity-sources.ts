import { pageOf } from '../display/list-pages';
import type { ArticleEntry } from './articles';
import type { Corpus } from './corpus';
import { type EntityPassage, entityPassages } from './entity-passages';

/** How many sources one entity page lists; beyond it the list goes on at `/entities/<id>/<n>/`. */
export const ENTITY_SOURCES_PER_PAGE = 200;

/** How many passages an entity page quotes in full; each source's row links to its first. */
export const ENTITY_PASSAGES_SHOWN = 12;

/** One name as a source writes it, flagged where the entity file records it as an error of that source. */
export interface WrittenName {
	text: string;
	error: boolean;
	note?: string | undefined;
}

/** One source that names an entity: the names it writes, and its paragraphs that name it. */
export interface EntitySource {
	article: ArticleEntry;
	written: WrittenName[];
	passages: EntityPassage[];
}

const cache = new WeakMap<Corpus, Map<string, EntitySource[]>>();

/**
 * The sources that name entity `id`, in the corpus's order of articles, each
 * with the names it writes and its passages. A source the build found no
 * mark in is left out: it does not name the entity. One pass over every
 * article's names serves every entity (kept per corpus).
 */
export function entitySources(corpus: Corpus, id: string): EntitySource[] {
	let all = cache.get(corpus);
	if (!all) {
		all = new Map();
		const passages = new Map([...entityPassages(corpus)].map(([entityId, list]) => [entityId, Map.groupBy(list, (p) => p.articleId)]));
		for (const article of corpus.articles) {
			for (const { entityId, written } of corpus.namesIn(article.id)) {
				const entity = corpus.entities.get(entityId);
				if (!entity || written.length === 0) continue;
				const errors = new Map(entity.variants.flatMap((v) => (typeof v !== 'string' && v.errorIn === article.id ? [[v.text, v.note]] : [])));
				const list = all.get(entityId) ?? [];
				list.push({
					article,
					written: written.map((text) => ({ text, error: errors.has(text), note: errors.get(text) })),
					passages: passages.get(entityId)?.get(article.id) ?? [],
				});
				all.set(entityId, list);
			}
		}
		cache.set(corpus, all);
	}
	return all.get(id) ?? [];
}

/**
 * At most `limit` passages to quote, grouped by source in the sources' order:
 * every passage with a name that is an error of its source first, then each
 * source's first passage, then each one's second, and so on, so that a page
 * quotes as many sources as it can.
 */
export function passagesToShow(sources: readonly EntitySource[], limit = ENTITY_PASSAGES_SHOWN): { source: EntitySource; passages: EntityPassage[] }[] {
	const chosen = new Set<EntityPassage>();
	const errorOf = (s: EntitySource, p: EntityPassage) => p.written.some((w) => s.written.some((n) => n.error && n.text === w));
	for (const s of sources) for (const p of s.passages) if (chosen.size < limit && errorOf(s, p)) chosen.add(p);
	const rounds = Math.max(0, ...sources.map((s) => s.passages.length));
	for (let round = 0; round < rounds && chosen.size < limit; round++) {
		for (const s of sources) {
			const p = s.passages[round];
			if (p && chosen.size < limit) chosen.add(p);
		}
	}
	return sources.map((source) => ({ source, passages: source.passages.filter((p) => chosen.has(p)) })).filter((g) => g.passages.length > 0);
}

/** The sources on page `n` (from 1) of an entity's list, where the page starts, and how many pages the list has. */
export function sourcesPage(sources: readonly EntitySource[], n: number): { shown: EntitySource[]; pages: number; from: number } {
	return pageOf(sources, n, ENTITY_SOURCES_PER_PAGE);
}
