import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content';
import { displayFrom } from '../../src/lib/check/load-content';
import { formatProblems } from '../../src/lib/corpus/content-problems';
import { projectRoot } from '../helpers/run-astro';

// Each fixture content set is valid but for one mistake in an event or the
// entities. The content check, which `npm run build` runs first, must stop,
// naming the event file, its line, the claim and the article.
const cases = [
	{
		set: 'quote-not-found',
		expected: [
			'events/bridge.yaml:6, claims[0].quote (article `sample`)',
			'The quote is not in the article. The closest passage, in paragraph 1, is:',
			'"the bridge “will open on May 4”"',
			'Words of the quote not in that passage: `5`.',
		],
	},
	{
		set: 'quote-ambiguous',
		expected: [
			'events/bridge.yaml:6, claims[0].quote (article `sample`)',
			'The quote is found twice (paragraph 2 (1st), paragraph 2 (2nd))',
			'for the one in paragraph 2 (1st), `prefix: "repairs."` or `suffix: "the"`',
			'for the one in paragraph 2 (2nd), `prefix: "June."` or `suffix: "nothing"`',
		],
	},
	{ set: 'unknown-article', expected: ['events/bridge.yaml:5, claims[0].article:', 'found `sampel`, which is not in the articles. Known articles: `sample`.'] },
	{ set: 'unknown-entity', expected: ['events/bridge.yaml:7, claims[0].speaker (article `sample`):', 'found `ann-exampel`', 'add the speaker to `tests/fixtures/content/unknown-entity/entities.yaml`'] },
	{ set: 'unknown-event', expected: ['events/bridge.yaml:4, related[0]:', 'Expected the id of another event, but found `bridge-closure`.'] },
	{ set: 'duplicate-claim-id', expected: ['events/bridge.yaml:5, claims[0] (article `sample`):', 'Duplicate claim id `bridge` in article `sample`: tests/fixtures/content/duplicate-claim-id/events/bridge-council.yaml, claims[0] already has it.'] },
	{ set: 'duplicate-entity-id', expected: ['entities.yaml:6, [1].id:', 'Duplicate entity id `ann-example`: entity [0] (line 2) already has it.'] },
];

describe('bad claims fail the content check with a clear message', () => {
	it.each(cases)('$set', async ({ set, expected }) => {
		const { problems } = await checkContent(join(projectRoot, 'tests/fixtures/content', set), displayFrom(projectRoot));
		const text = formatProblems(problems);
		for (const line of expected) expect(text).toContain(line);
	});
});
