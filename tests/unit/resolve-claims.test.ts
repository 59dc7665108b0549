import { describe, expect, it } from 'vitest';
import { type ContentInput, resolveClaims } from '../../src/lib/resolve-claims';
import { EventSchema } from '../../src/schemas/event';
import { EntitySchema } from '../../src/schemas/entity';

const event = (claims: unknown[], extra: Record<string, unknown> = {}) =>
	EventSchema.parse({ title: 'T', when: { date: '2024', precision: 'year' }, summary: 'S', claims, ...extra });
const claim = (article: string, extra: Record<string, unknown> = {}) => ({ article, quote: 'q', speaker: 'narration', relation: 'agrees', ...extra });

function input(events: ContentInput['events']): ContentInput {
	return {
		articles: [{ id: 'a' }, { id: 'b' }],
		events,
		entities: [{ id: 'ann', data: EntitySchema.parse({ id: 'ann', name: 'Ann', kind: 'person', variants: [{ text: 'Anne', errorIn: 'zz' }] }) }],
		entitiesFile: 'content/entities.yaml',
	};
}

describe('resolveClaims', () => {
	it('numbers an article\'s claims about an event: the event id, then -2, -3', () => {
		const { claims } = resolveClaims(input([{ id: 'ev', file: 'ev.yaml', data: event([claim('a'), claim('b'), claim('a'), claim('a', { id: 'own' })]) }]));
		expect(claims.map((c) => c.ref)).toEqual(['a#ev', 'b#ev', 'a#ev-2', 'a#own']);
	});

	it('reports every unknown id with its file and field', () => {
		const { problems } = resolveClaims(
			input([
				{
					id: 'ev',
					file: 'ev.yaml',
					data: event([claim('nope', { speaker: 'bob' })], { entities: ['ghost'], related: ['ev'], discrepancies: [{ about: 'x', claims: ['a#zz'], description: 'd' }] }),
				},
			]),
		);
		expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
			'content/entities.yaml [0] `ann`.variants[0].errorIn',
			'ev.yaml entities[0]',
			'ev.yaml related[0]',
			'ev.yaml claims[0].article',
			'ev.yaml claims[0].speaker',
			'ev.yaml discrepancies[0].claims[0]',
		]);
		expect(problems[3]!.message).toBe('Expected an article id, but found `nope`, which is not in the articles. Known articles: `a`, `b`. Fix the id, or add `articles/nope.md`.');
	});

	it('refuses duplicate claim ids and ids that look like paragraphs', () => {
		const { problems } = resolveClaims(
			input([
				{ id: 'one', file: 'one.yaml', data: event([claim('a', { id: 'same' })]) },
				{ id: 'two', file: 'two.yaml', data: event([claim('a', { id: 'same' }), claim('b', { id: 'p3' })]) },
			]),
		);
		expect(problems.filter((p) => p.file !== 'content/entities.yaml').map((p) => p.message.split(':')[0])).toEqual(['Duplicate claim id `same` in article `a`', 'The id `p3` looks like a paragraph anchor (`p3`) and would clash with one. Choose another id.']);
	});
});
