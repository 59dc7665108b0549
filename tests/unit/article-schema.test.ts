import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../src/schemas/article';
import { directionOf, isLanguageTag } from '../../src/schemas/language';

const valid = () => ({
	title: { text: 'A headline', basis: 'stated' },
	outlet: { name: 'Example Times', country: 'GB' },
	url: 'https://example.org/story',
	published: { date: '2024-02-08', precision: 'day', basis: 'stated' },
	language: 'en',
});

/** The first problem zod reports, as `path: message`. */
function firstProblem(data: unknown): string {
	const result = ArticleSchema.safeParse(data);
	if (result.success) throw new Error('expected the data to be refused');
	const issue = result.error.issues[0]!;
	return `${issue.path.join('.')}: ${issue.message}`;
}

describe('ArticleSchema', () => {
	it('accepts a complete article and defaults `removed` to none', () => {
		const result = ArticleSchema.parse(valid());
		expect(result.removed).toEqual([]);
		expect(result.author).toBeUndefined();
	});

	it('names a missing field and says what to add', () => {
		const { outlet: _, ...data } = valid();
		expect(firstProblem(data)).toMatchInlineSnapshot(`"outlet: This field is required but is missing: add \`outlet\` with a \`name\`. Allowed fields: \`name\`, \`country\`."`);
	});

	it('names a field of the wrong type', () => {
		expect(firstProblem({ ...valid(), outlet: { name: 42 } })).toMatchInlineSnapshot(`"outlet.name: Expected the outlet's name as text, but found \`42\`."`);
	});

	it('refuses a malformed URL', () => {
		expect(firstProblem({ ...valid(), url: 'tass.com/politics/1910933' })).toMatchInlineSnapshot(`"url: Expected the original's address, starting with \`https://\`, but found \`tass.com/politics/1910933\`. Copy the canonical URL of the original page."`);
		expect(firstProblem({ ...valid(), url: 'ftp://example.org/x' })).toContain('url: Expected the original');
	});

	it('refuses an impossible date', () => {
		expect(firstProblem({ ...valid(), published: { date: '2025-02-30', precision: 'day', basis: 'stated' } })).toMatchInlineSnapshot(`"published.date: Expected a real date written \`YYYY-MM-DD\`, \`YYYY-MM\` or \`YYYY\`, but found "2025-02-30", which is not a date on the calendar. Correct the day or month."`);
	});

	it('refuses an unknown precision', () => {
		expect(firstProblem({ ...valid(), published: { date: '2024-02-08', precision: 'week', basis: 'stated' } })).toMatchInlineSnapshot(`"published.precision: Expected one of \`day\`, \`month\` or \`year\`, but found \`week\`."`);
	});

	it('requires a note on an inferred date', () => {
		expect(firstProblem({ ...valid(), published: { date: '2025-02-10', precision: 'day', basis: 'inferred' } })).toContain('published.note: An inferred date needs a `note`');
	});

	it('catches a misspelt field instead of dropping it', () => {
		expect(firstProblem({ ...valid(), autor: 'Someone' })).toContain('Unknown field `autor` in the article fields: check its spelling. Allowed fields: `title`, `outlet`');
	});

	it('keeps headline basis and text consistent', () => {
		expect(firstProblem({ ...valid(), title: { basis: 'inferred-from-url' } })).toContain('title.text: A title with `basis: inferred-from-url` needs its `text`');
		expect(firstProblem({ ...valid(), title: { text: 'Made up', basis: 'unknown' } })).toContain('title.basis: A title with `text` cannot have `basis: unknown`');
		expect(ArticleSchema.safeParse({ ...valid(), title: { basis: 'unknown' } }).success).toBe(true);
	});

	it('refuses a language tag that is not BCP 47', () => {
		expect(firstProblem({ ...valid(), language: 'english language' })).toContain('language: Expected a BCP 47 language tag');
	});
});

describe('language direction', () => {
	it('derives dir from the language or its script', () => {
		expect(directionOf('en')).toBe('ltr');
		expect(directionOf('ar')).toBe('rtl');
		expect(directionOf('he-IL')).toBe('rtl');
		expect(directionOf('az-Arab')).toBe('rtl');
		expect(directionOf('ku-Latn')).toBe('ltr');
		expect(isLanguageTag('ru')).toBe(true);
		expect(isLanguageTag('not a tag')).toBe(false);
	});
});
