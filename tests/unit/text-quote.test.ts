import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../src/lib/anchoring/closest-passage';
import { anchorText } from '../../src/lib/anchoring/text-quote';

const text = 'He said: “It’s done.” Then he left — quietly. He said: “It’s done.” Then silence.';

describe('anchorText', () => {
	it('anchors a quote typed with straight quotes and a hyphen onto curly quotes and an em dash', () => {
		const { quotes, problems } = anchorText(text, [{ key: 'a', exact: 'Then he left - quietly' }]);
		expect(problems).toEqual([]);
		expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe('Then he left — quietly');
	});

	it('tolerates different whitespace but not a changed letter', () => {
		expect(anchorText('one two\n  three', [{ key: 'a', exact: 'one  two three' }]).problems).toEqual([]);
		expect(anchorText('one two three', [{ key: 'a', exact: 'one twp three' }]).problems[0]?.kind).toBe('not-found');
		expect(anchorText('One two', [{ key: 'a', exact: 'one two' }]).problems[0]?.kind).toBe('not-found');
	});

	it('reports an ambiguous quote with the count and the context that settles it', () => {
		const [problem] = anchorText(text, [{ key: 'a', exact: '"It\'s done."' }]).problems;
		expect(problem?.kind).toBe('ambiguous');
		expect(problem?.message).toContain('found twice');
		expect(problem?.message).toContain('`suffix: "Then he"`');
		expect(problem?.message).toContain('`suffix: "Then silence."`');
	});

	it('uses a prefix or suffix to pick one occurrence', () => {
		const { quotes, problems } = anchorText(text, [{ key: 'a', exact: '"It\'s done."', suffix: 'Then silence' }]);
		expect(problems).toEqual([]);
		expect(quotes[0]!.start).toBe(text.lastIndexOf('“It’s'));
		const withPrefix = anchorText(text, [{ key: 'a', exact: 'He said', prefix: 'quietly.' }]);
		expect(withPrefix.quotes[0]!.start).toBe(text.lastIndexOf('He said'));
	});

	it('says when the given context matches no occurrence', () => {
		const [problem] = anchorText(text, [{ key: 'a', exact: 'He said', prefix: 'loudly' }]).problems;
		expect(problem?.kind).toBe('context-mismatch');
		expect(problem?.message).toContain('never with the given `prefix`');
	});

	it('shows the closest passage for a quote that is not there', () => {
		const [problem] = anchorText('Roni Krivoi was freed on November 24 as a gesture.', [{ key: 'a', exact: 'Ron Krivoy was freed on November 24' }], [], {
			describeOffset: () => 'paragraph 5',
		}).problems;
		expect(problem?.message).toMatchInlineSnapshot(`
			"The quote is not in the article. The closest passage, in paragraph 5, is:
			      "Roni Krivoi was freed on November 24"
			    and the quote is:
			      "Ron Krivoy was freed on November 24"
			    Words of the quote not in that passage: \`Ron\`, \`Krivoy\`. Copy the passage exactly as the article has it (quotes, apostrophes and dashes may differ; nothing else)."
		`);
	});

	it('marks whole-word terms, longest first, without overlaps', () => {
		const { terms } = anchorText('Alexander Trufanov and Trufanova met Trufanov.', [], [
			{ key: 'short', text: 'Trufanov' },
			{ key: 'full', text: 'Alexander Trufanov' },
		]);
		expect(terms.map((t) => `${t.key}@${t.start}`)).toEqual(['full@0', 'short@37']);
	});

	it('reports every problem, not just the first', () => {
		const { problems } = anchorText('abc def', [
			{ key: 'x', exact: 'zzz' },
			{ key: 'y', exact: '' },
			{ key: 'z', exact: 'abc' },
		]);
		expect(problems.map((p) => `${p.key}:${p.kind}`)).toEqual(['y:empty', 'x:not-found']);
	});
});

describe('closestPassage', () => {
	it('finds the window sharing most words even with a word inserted', () => {
		const found = closestPassage('alpha beta gamma delta epsilon zeta', 'gamma delta extra epsilon');
		expect(found?.missing).toEqual(['extra']);
	});
});
