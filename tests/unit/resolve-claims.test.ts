import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type ContentInput, defaultClaimId, resolveClaims } from '../../src/lib/corpus/resolve-claims';
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
	it('gives a claim without an id the event id and the first words of its quote', () => {
		const { claims } = resolveClaims(
			input([{ id: 'ev', file: 'ev.yaml', data: event([claim('a', { quote: 'Ron Krivoy, as well' }), claim('b', { quote: '“Élan” vital, déjà vu' }), claim('a', { id: 'own' }), claim('a', { quote: 'أخبار' })]) }]),
		);
		expect(claims.map((c) => c.ref)).toEqual(['a#ev-ron-krivoy-as-well', 'b#ev-elan-vital-deja-vu', 'a#own', `a#${defaultClaimId('ev', 'أخبار')}`]);
		expect(defaultClaimId('ev', 'أخبار')).toMatch(/^ev-q[0-9a-z]+$/);
		expect(defaultClaimId('ev', 'one two three four five six')).toBe('ev-one-two-three-four');
	});

	it('never renames a claim when others are added, removed or reordered', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{2,8}( [a-z]{2,8}){0,6}$/), { minLength: 2, maxLength: 8, selector: (q) => defaultClaimId('ev', q) }), fc.nat(), (quotes, seed) => {
				const ids = (qs: string[]) => new Map(resolveClaims(input([{ id: 'ev', file: 'ev.yaml', data: event(qs.map((quote) => claim('a', { quote }))) }])).claims.map((c) => [c.quote, c.id]));
				const before = ids(quotes);
				const shuffled = [...quotes].sort((x, y) => ((x.length * 31 + seed) % 7) - ((y.length * 31 + seed) % 7));
				const fewer = shuffled.filter((_, i) => i !== seed % shuffled.length);
				const after = ids(fewer);
				for (const [quote, id] of after) expect(id).toBe(before.get(quote));
			}),
			{ numRuns: 200 },
		);
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
			'content/entities.yaml [0].variants[0].errorIn',
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

	it('refuses the ids the article page uses for itself, the Cite section among them', () => {
		const { problems } = resolveClaims(input([{ id: 'ev', file: 'ev.yaml', data: event([claim('a', { id: 'cite' }), claim('b', { id: 'cite-title' }), claim('a', { id: 'names-title' })]) }]));
		const own = problems.filter((p) => p.file === 'ev.yaml');
		expect(own.map((p) => p.field)).toEqual(['claims[0].id', 'claims[1].id', 'claims[2].id']);
		expect(own[0]!.message).toContain('The claim\'s id `cite` is one the article page uses for itself');
	});
});
