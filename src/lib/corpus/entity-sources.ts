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

/**
 * The sources that name entity `id`, in the corpus's order of articles, each
 * with the names it writes and its passages. A source the build found no
 * mark in is left out: it does not name the entity.
 */
export function entitySources(corpus: Corpus, id: string): EntitySource[] {
	const entity = corpus.entities.get(id);
	if (!entity) return [];
	const errors = new Map(entity.variants.flatMap((v) => (typeof v !== 'string' && v.errorIn ? [[`${v.errorIn}#${v.text}`, v.note]] : [])));
	const passages = Map.groupBy(entityPassages(corpus).get(id) ?? [], (p) => p.articleId);
	return corpus.articles.flatMap((article) => {
		const names = corpus.namesIn(article.id).find((n) => n.entityId === id)?.written ?? [];
		if (names.length === 0) return [];
		const written = names.map((text) => ({ text, error: errors.has(`${article.id}#${text}`), note: errors.get(`${article.id}#${text}`) }));
		return [{ article, written, passages: passages.get(article.id) ?? [] }];
	});
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
