import { describe, expect, it } from 'vitest';
import { runAstro } from '../helpers/run-astro';

// Each fixture content set has one article with one broken frontmatter field.
// The build must stop and name the file, the field and what was expected.
const cases = [
	{ set: 'frontmatter-missing-field', file: 'articles/missing-url.md', expected: 'url: This field is required but is missing' },
	{ set: 'frontmatter-wrong-type', file: 'articles/wrong-type.md', expected: 'outlet: Expected `outlet` with a `name`, but found `Fixture Gazette`' },
	{ set: 'frontmatter-malformed-url', file: 'articles/malformed-url.md', expected: "url: Expected the original's address, starting with `https://`, but found `example.org/sample`" },
	{ set: 'frontmatter-impossible-date', file: 'articles/impossible-date.md', expected: 'published.date: Expected a real date' },
	{ set: 'frontmatter-unknown-precision', file: 'articles/unknown-precision.md', expected: 'published.precision: Expected one of `day`, `month` or `year`, but found `fortnight`' },
];

describe('broken frontmatter fails the build', () => {
	it.each(cases)('$set', ({ set, file, expected }) => {
		const run = runAstro('sync', `tests/fixtures/content/${set}`);
		expect(run.status, run.output).not.toBe(0);
		expect(run.output).toContain(`tests/fixtures/content/${set}/${file}`);
		expect(run.output).toContain(expected);
		expect(run.output, 'no raw zod dump').not.toMatch(/"code":\s*"invalid_/);
	});

	it('builds a valid fixture set', () => {
		const run = runAstro('build', 'tests/fixtures/content/minimal');
		expect(run.status, run.output).toBe(0);
		expect(run.output).toContain('/articles/sample/index.html');
	});
});
