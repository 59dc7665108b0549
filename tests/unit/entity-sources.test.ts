import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from '../../src/lib/corpus/articles';
import type { EntityPassage } from '../../src/lib/corpus/entity-passages';
import { ENTITY_SOURCES_PER_PAGE, type EntitySource, passagesToShow, sourcesPage } from '../../src/lib/corpus/entity-sources';
import { pageOf } from '../../src/lib/display/list-pages';

/** A source with `count` passages that write `name`, one of them marked as an error when `error` is set. */
function source(id: string, count: number, name = 'Ola Berg', error = false): EntitySource {
	const article = { id, data: { outlet: { name: `Outlet ${id}` }, language: 'en' } } as unknown as ArticleEntry;
	const passages: EntityPassage[] = Array.from({ length: count }, (_, i) => ({ articleId: id, paragraph: i + 1, text: `${name} spoke.`, written: [name], eventIds: [] }));
	return { article, written: [{ text: name, error }], passages };
}

const ids = (groups: ReturnType<typeof passagesToShow>) => groups.flatMap((g) => g.passages.map((p) => `${p.articleId}#${p.paragraph}`));

describe('passagesToShow', () => {
	it('shows every passage when they are fewer than the limit, by source', () => {
		expect(ids(passagesToShow([source('a', 2), source('b', 1)], 12))).toEqual(['a#1', 'a#2', 'b#1']);
	});

	it('takes one passage of each source in turn, so a bounded page quotes as many sources as it can', () => {
		expect(ids(passagesToShow([source('a', 5), source('b', 5), source('c', 1)], 4))).toEqual(['a#1', 'a#2', 'b#1', 'c#1']);
	});

	it('takes a name that is an error of its source first, even from the last source', () => {
		const sources = [...Array.from({ length: 6 }, (_, i) => source(`s${i}`, 3)), source('z', 2, 'Ola Bergh', true)];
		const shown = ids(passagesToShow(sources, 3));
		expect(shown).toHaveLength(3);
		expect(shown).toEqual(expect.arrayContaining(['z#1', 'z#2']));
	});
});

describe('pages of a list', () => {
	it('splits a list into pages of a fixed size, the last one shorter', () => {
		const items = Array.from({ length: 53 }, (_, i) => i);
		expect(pageOf(items, 1, 25)).toEqual({ shown: items.slice(0, 25), from: 0, pages: 3 });
		expect(pageOf(items, 3, 25)).toEqual({ shown: [50, 51, 52], from: 50, pages: 3 });
	});

	it('has one page, empty or not, for a short list', () => {
		expect(pageOf([], 1, 25).pages).toBe(1);
		expect(pageOf([1, 2], 1, 25).pages).toBe(1);
	});

	it('bounds an entity page to ENTITY_SOURCES_PER_PAGE sources', () => {
		const sources = Array.from({ length: ENTITY_SOURCES_PER_PAGE * 2 + 1 }, (_, i) => source(`s${i}`, 1));
		expect(sourcesPage(sources, 1).shown).toHaveLength(ENTITY_SOURCES_PER_PAGE);
		expect(sourcesPage(sources, 3)).toMatchObject({ pages: 3, from: ENTITY_SOURCES_PER_PAGE * 2 });
	});
});
