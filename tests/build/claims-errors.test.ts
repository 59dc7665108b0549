import { describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/run-astro';

// Each fixture content set is valid but for one mistake in an event or the
// entities. The build must stop, naming the event file, the claim and the article.
const cases = [
	{
		set: 'quote-not-found',
		expected: [
			'events/bridge.yaml, claims[0].quote (article `sample`)',
			'The quote is not in the article. The closest passage, in paragraph 1, is:',
			'"the bridge “will open on May 4”"',
			'Words of the quote not in that passage: `5`.',
		],
	},
	{
		set: 'quote-ambiguous',
		expected: [
			'events/bridge.yaml, claims[0].quote (article `sample`)',
			'The quote is found twice (paragraph 2 (1st), paragraph 2 (2nd))',
			'for the one in paragraph 2 (1st), `prefix: "repairs."` or `suffix: "the"`',
			'for the one in paragraph 2 (2nd), `prefix: "June."` or `suffix: "nothing"`',
		],
	},
	{ set: 'unknown-article', expected: ['events/bridge.yaml, claims[0].article:', 'found `sampel`, which is not in the articles. Known articles: `sample`.'] },
	{ set: 'unknown-entity', expected: ['events/bridge.yaml, claims[0].speaker (article `sample`):', 'found `ann-exampel`', 'add the speaker to `tests/fixtures/content/unknown-entity/entities.yaml`'] },
	{ set: 'unknown-event', expected: ['events/bridge.yaml, related[0]:', 'Expected the id of another event, but found `bridge-closure`.'] },
	{ set: 'duplicate-claim-id', expected: ['events/bridge-council.yaml, claims[0] (article `sample`):', 'Duplicate claim id `bridge` in article `sample`: tests/fixtures/content/duplicate-claim-id/events/bridge.yaml, claims[0] already has it.'] },
	{ set: 'duplicate-entity-id', expected: ['contains multiple entries with the same slug: `ann-example`', 'tests/fixtures/content/duplicate-entity-id/entities.yaml'] },
];

describe('bad claims fail the build with a clear message', () => {
	it.each(cases)('$set', ({ set, expected }) => {
		const run = runAstro('build', `tests/fixtures/content/${set}`);
		expect(run.status, run.output).not.toBe(0);
		for (const text of expected) expect(run.output).toContain(text);
	});
});
