import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderArticleTree } from '../../src/lib/anchoring/render-article';
import { findNames, nameKey } from '../../src/lib/capture/names';
import { entityNames, mentionTerms } from '../../src/lib/corpus/annotation-markup';
import { checkContent } from '../../src/lib/check/check-content';
import { checkVariants } from '../../src/lib/corpus/variant-rules';
import { type Entity, EntitySchema } from '../../src/schemas/entity';
import { validFiles, writeContentSet } from '../helpers/content-set';
import { projectRoot } from '../helpers/run-astro';

const entity = (data: unknown): Entity => EntitySchema.parse(data);
const shipped = (parse(readFileSync(join(projectRoot, 'content/entities.yaml'), 'utf8')) as unknown[]).map(entity);

/** The entity ids marked in a paragraph of `articleId`, as the build marks them. */
async function marked(articleId: string, text: string, entities: readonly Entity[]): Promise<string[]> {
	const names = entityNames(new Map(entities.map((e) => [e.id, e])));
	const { mentions } = await renderArticleTree(`<p>${text}</p>`, { mentions: mentionTerms(names, articleId) });
	return mentions.map((m) => `${m.key}:${m.text}`);
}

describe('a bare given name or surname is limited to the articles that use it', () => {
	it('marks "Elena" as Yelena Trufanova in New Telegraph, and not another Elena in another source', async () => {
		expect(await marked('new-telegraph-2025-04', 'Putin also presented flowers to Trufanov’s mother, Elena, and his fiancée.', shipped)).toContain('yelena-trufanova:Elena');
		const elsewhere = await marked('harbour-courier-2025-03-14', 'Elena Petrova, who runs the café, said the ferry was late.', shipped);
		expect(elsewhere.filter((m) => m.startsWith('yelena-trufanova'))).toEqual([]);
		// Her full name is still hers everywhere.
		expect(await marked('harbour-courier-2025-03-14', 'Elena Trufanova was released.', shipped)).toEqual(['yelena-trufanova:Elena Trufanova']);
	});

	it('refuses a bare given name or surname without `in`, and an `in` that names no article', () => {
		const ids = new Set(['a']);
		const known = (id: string) => `unknown ${id}`;
		const bare = checkVariants([{ id: 'y', data: entity({ id: 'y', name: 'Yelena Trufanova', kind: 'person', variants: ['Elena Trufanova', 'Elena'] }) }], ids, 'entities.yaml', known);
		expect(bare).toEqual([expect.objectContaining({ field: '[0].variants[1]', message: expect.stringContaining('`Elena` is a bare given name or surname of Yelena Trufanova') })]);
		expect(checkVariants([{ id: 'y', data: entity({ id: 'y', name: 'Yelena Trufanova', kind: 'person', variants: ['Elena Trufanova', { text: 'Elena', in: ['a'] }] }) }], ids, 'entities.yaml', known)).toEqual([]);
		expect(checkVariants([{ id: 'y', data: entity({ id: 'y', name: 'Yelena Trufanova', kind: 'person', variants: [{ text: 'Elena', in: ['b'] }] }) }], ids, 'entities.yaml', known)).toEqual([expect.objectContaining({ field: '[0].variants[0].in[0]', message: 'unknown b' })]);
		// Places and organisations, and spellings that are no word of the name, are not limited.
		expect(checkVariants([{ id: 'g', data: entity({ id: 'g', name: 'Gaza', kind: 'place', variants: ['Gaza Strip'] }) }, { id: 'k', data: entity({ id: 'k', name: 'Roni Krivoi', kind: 'person', variants: ['Kriboy'] }) }], ids, 'entities.yaml', known)).toEqual([]);
	});

	it('stops the content check with the file, line and fix', async () => {
		const files = validFiles();
		files['entities.yaml'] = '- id: ann-example\n  name: Ann Example\n  kind: person\n  variants: [Ann]\n';
		const { problems } = await checkContent(writeContentSet(files));
		expect(problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/entities\.yaml$/), line: 4, field: '[0].variants[0]' })]);
		expect(problems[0]!.message).toContain('with `in: [<article-id>]`');
	});
});

describe('npm run names', () => {
	const ershov = entity({ id: 'pavel-ershov', name: 'Pavel Ershov', kind: 'person' });
	const text = [
		'Губернатор Павел Ершов в среду посетил новую больницу в Заречье.',
		'Главный врач Ольга Сомова рассказала губернатору, что не хватает медсестёр. По словам Сомовой, объявления размещены.',
		'Ершову также показали новый аппарат.',
	];

	it('finds likely variants of a known entity: a transliteration, and a Russian case form', () => {
		const found = findNames(text, 'ru', 'zarechye-2025-09-18', [ershov]);
		expect(found.variants.map((v) => [v.text, v.entityId])).toEqual([
			['Павел Ершов', 'pavel-ershov'],
			['Ершову', 'pavel-ershov'],
		]);
		expect(found.variants[0]!.why).toContain('written in Latin letters, "Pavel Ershov"');
		expect(found.variants[1]!.why).toContain('a case form');
	});

	it('finds names no entity has, with their other forms, and leaves out words that only open a sentence', () => {
		const found = findNames(text, 'ru', 'zarechye-2025-09-18', [ershov]);
		expect(found.unknown).toEqual([
			{ text: 'Заречье', count: 1, forms: [] },
			{ text: 'Ольга Сомова', count: 1, forms: ['Сомовой'] },
		]);
	});

	it('counts a known name as known, a name limited to another article as a variant to extend, and no weekday or month as a name', () => {
		const found = findNames(['On Tuesday, Elena and Ann Example met in March. Ann said little.'], 'en', 'beta', [
			entity({ id: 'ann-example', name: 'Ann Example', kind: 'person', variants: [{ text: 'Ann', in: ['alpha'] }] }),
		]);
		expect(found.unknown.map((u) => u.text)).toEqual(['Elena']);
		expect(found.variants).toEqual([expect.objectContaining({ text: 'Ann', entityId: 'ann-example', limitedTo: ['alpha'] })]);
	});

	it('compares names by stem, in Latin letters', () => {
		expect(nameKey('Сомовой')).toMatchObject({ key: 'somov', stemmed: true, transliterated: true });
		expect(nameKey('Trufanov’s')).toMatchObject({ key: 'trufanov', stemmed: false });
	});

	it('reports the names of an imported article (the real corpus: Elena is known in New Telegraph)', () => {
		const body = readFileSync(join(projectRoot, 'content/articles/new-telegraph-2025-04.md'), 'utf8').split(/^---$/m)[2]!;
		const found = findNames(body.split(/\n\n+/).map((b) => b.trim()).filter(Boolean), 'en', 'new-telegraph-2025-04', shipped);
		expect(found.unknown.map((u) => u.text)).not.toContain('Elena');
		expect(found.unknown.map((u) => u.text)).toContain('Israel');
	});
});
