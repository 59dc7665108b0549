import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findAll, hasClass, loadPage, normalizeSpace, textOf } from '../helpers/html';
import { projectRoot } from '../helpers/run-astro';

interface EventFile {
	claims: { id?: string; article: string; quote: string }[];
}

// The contract, restated independently of the code: a claim's id is its own
// `id`, else the event id for the article's first claim about the event, then `-2`, `-3`…
const expected = new Map<string, { article: string; id: string; quote: string; event: string }>();
const eventsDir = join(projectRoot, 'content/events');
for (const name of readdirSync(eventsDir)) {
	const event = name.replace(/\.ya?ml$/, '');
	const data = parse(readFileSync(join(eventsDir, name), 'utf8')) as EventFile;
	const seen = new Map<string, number>();
	for (const claim of data.claims) {
		const n = (seen.get(claim.article) ?? 0) + 1;
		seen.set(claim.article, n);
		const id = claim.id ?? (n === 1 ? event : `${event}-${n}`);
		expected.set(`${claim.article}#${id}`, { article: claim.article, id, quote: claim.quote, event });
	}
}

const fold = (text: string) => normalizeSpace(text).replace(/[“”"]/g, '"').replace(/[‘’']/g, "'").replace(/[–—-]/g, '-');

describe('every claim of every event is anchored in the real build', () => {
	it('has claims to check', () => {
		expect(expected.size).toBeGreaterThanOrEqual(25);
	});

	const articles = [...new Set([...expected.values()].map((c) => c.article))];
	it.each(articles)('%s', (article) => {
		const page = loadPage(`articles/${article}/index.html`);
		const marks = findAll(page, (el) => el.tagName === 'mark' && hasClass(el, 'claim'));
		const pieces = Map.groupBy(marks, (mark) => String(mark.properties.dataClaim));
		const mine = [...expected.values()].filter((c) => c.article === article);
		expect([...pieces.keys()].sort()).toEqual(mine.map((c) => c.id).sort());
		for (const claim of mine) {
			const claimMarks = pieces.get(claim.id) as Element[];
			expect(claimMarks[0]!.properties.id, `${claim.id} carries the id on its first piece`).toBe(claim.id);
			expect(claimMarks.slice(1).every((m) => m.properties.id === undefined)).toBe(true);
			expect(claimMarks.every((m) => m.properties.dataEvent === claim.event)).toBe(true);
			// Inner marks of other claims are part of the text; mentions too.
			expect(fold(claimMarks.map((m) => textOf(m)).join(''))).toBe(fold(claim.quote));
		}
	});

	it('marks entity mentions, and flags the known error "Ruslan" in New Telegraph only', () => {
		const telegraph = loadPage('articles/new-telegraph-2025-04/index.html');
		const errors = findAll(telegraph, (el) => hasClass(el, 'mention-error'));
		expect(errors.map((el) => textOf(el))).toEqual(['Ruslan Trufanov']);
		expect(errors[0]!.properties.dataEntity).toBe('alexander-trufanov');
		const tass = loadPage('articles/tass-2025-02-10/index.html');
		const krivoy = findAll(tass, (el) => hasClass(el, 'mention') && textOf(el) === 'Ron Krivoy');
		expect(krivoy.map((el) => el.properties.dataEntity)).toEqual(['roni-krivoi']);
		expect(findAll(tass, (el) => hasClass(el, 'mention') && el.properties.dataEntity === 'maxim-kharkin')).toHaveLength(1);
	});

	it('lists the names each source uses, so "Ron Krivoy" reads as Roni Krivoi without hovering', () => {
		const names = (article: string) => {
			const [list] = findAll(loadPage(`articles/${article}/index.html`), (el) => hasClass(el, 'names-list'));
			return list!.children.filter((c): c is Element => c.type === 'element').map((el) => normalizeSpace(textOf(el)));
		};
		const tass = names('tass-2025-02-10');
		expect(tass).toContain('Roni Krivoi person · written Ron Krivoy');
		// Written only as the entity's own name: nothing to add.
		expect(tass).toContain('Maxim Kharkin person');
		const telegraph = names('new-telegraph-2025-04');
		expect(telegraph.find((n) => n.startsWith('Alexander Trufanov person'))).toMatch(/^Alexander Trufanov person · written Ruslan Trufanov \(an error of this source: .*\), Trufanov$/);
	});

	it('gives every id on a page once', () => {
		for (const article of articles) {
			const ids = findAll(loadPage(`articles/${article}/index.html`), (el) => el.properties.id !== undefined).map((el) => String(el.properties.id));
			expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		}
	});
});
