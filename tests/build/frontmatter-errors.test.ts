import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content';
import { displayFrom } from '../../src/lib/check/load-content';
import { formatProblems } from '../../src/lib/corpus/content-problems';
import { projectRoot, runAstro } from '../helpers/run-astro';

// Each fixture content set has one article with one broken frontmatter field.
// The content check must name the file, the line, the field and what was expected.
const cases = [
	{ set: 'frontmatter-missing-field', file: 'articles/missing-url.md:', expected: 'url:\n   This field is required but is missing' },
	{ set: 'frontmatter-wrong-type', file: 'articles/wrong-type.md:5', expected: 'outlet:\n   Expected `outlet` with a `name`, but found `Fixture Gazette`' },
	{ set: 'frontmatter-malformed-url', file: 'articles/malformed-url.md:7', expected: "url:\n   Expected the original's address, starting with `https://`, but found `example.org/sample`" },
	{ set: 'frontmatter-impossible-date', file: 'articles/impossible-date.md:9', expected: 'published.date:\n   Expected a real date' },
	{ set: 'frontmatter-unknown-precision', file: 'articles/unknown-precision.md:10', expected: 'published.precision:\n   Expected one of `day`, `month` or `year`, but found `fortnight`' },
];

describe('broken frontmatter fails the content check', () => {
	it.each(cases)('$set', async ({ set, file, expected }) => {
		const { problems } = await checkContent(join(projectRoot, 'tests/fixtures/content', set), displayFrom(projectRoot));
		const text = formatProblems(problems);
		expect(text).toContain(`tests/fixtures/content/${set}/${file}`);
		expect(text).toContain(expected);
		expect(text, 'no raw zod dump').not.toMatch(/"code":\s*"invalid_/);
	});

	it('builds a valid fixture set', () => {
		const run = runAstro('build', 'tests/fixtures/content/minimal');
		expect(run.status, run.output).toBe(0);
		expect(run.output).toContain('/articles/sample/index.html');
	});
});
