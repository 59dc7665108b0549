import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '../../src/lib/anchoring/normalize-text';
import { wordBoundaries } from '../../src/lib/anchoring/segment';
import { anchorText } from '../../src/lib/anchoring/text-quote';

// The real articles' texts (bodies without frontmatter) are the haystacks.
const dir = join(import.meta.dirname, '../../content/articles');
const texts = readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8').split(/^---$/m).slice(2).join('---'));

const VARIANTS: Record<string, string[]> = {
	'"': ['"', '“', '”'],
	'“': ['"', '“'],
	'”': ['"', '”'],
	"'": ["'", '’', '‘'],
	'’': ["'", '’'],
	'-': ['-', '–', '—'],
	'—': ['-', '—', '–'],
	' ': [' ', '  ', '\n', ' \t'],
};

/** Re-types a passage the way an editor might: other quote marks, dashes and spacing. */
function retype(passage: string, choices: number[]): string {
	let out = '';
	let i = 0;
	for (const char of passage) {
		const options = VARIANTS[char];
		out += options ? options[choices[i++ % choices.length]! % options.length] : char;
	}
	return out;
}

// Word boundaries as the anchoring sees them: English segmentation ("president's" is one word).
const boundaries = texts.map((text) => wordBoundaries(text, 'en'));

/** A passage of one article: [text index, start, end), on whole words, trimmed of surrounding whitespace. */
const passage = fc
	.record({ t: fc.nat(texts.length - 1), from: fc.nat(), length: fc.integer({ min: 8, max: 240 }) })
	.map(({ t, from, length }) => {
		const text = texts[t]!;
		const boundary = boundaries[t]!;
		let start = from % Math.max(1, text.length - length);
		let end = Math.min(text.length, start + length);
		while (start < end && !boundary[start]) start++;
		while (end > start && !boundary[end]) end--;
		while (start < end && /\s/.test(text[start]!)) start++;
		while (end > start && /\s/.test(text[end - 1]!)) end--;
		return { text, start, end };
	})
	.filter(({ start, end }) => end - start >= 4);

/** The context that makes an occurrence unique, as a reader would add it. */
function contextFor(text: string, start: number, end: number) {
	const norm = normalizeWithMap(text).text;
	const exact = normalizeWithMap(text.slice(start, end)).text;
	const occurrences = norm.split(exact).length - 1;
	return occurrences > 1 ? { prefix: text.slice(Math.max(0, start - 60), start), suffix: text.slice(end, end + 60) } : {};
}

describe('anchoring, property-based', () => {
	it('anchors any passage of an article at its place after typographic re-typing', () => {
		fc.assert(
			fc.property(passage, fc.array(fc.nat(), { minLength: 1, maxLength: 16 }), ({ text, start, end }, choices) => {
				const { prefix, suffix } = contextFor(text, start, end);
				const result = anchorText(text, [{ key: 'q', exact: retype(text.slice(start, end), choices), prefix, suffix }]);
				expect(result.problems).toEqual([]);
				expect([result.quotes[0]!.start, result.quotes[0]!.end]).toEqual([start, end]);
			}),
			{ numRuns: 400 },
		);
	});

	it('refuses a passage that starts or ends inside a word, unless the claim allows it', () => {
		fc.assert(
			fc.property(passage, fc.integer({ min: 1, max: 3 }), ({ text, start, end }, cut) => {
				const word = /\p{L}{5,}/u.exec(text.slice(start, end));
				fc.pre(word !== null);
				// Start the quote inside the passage's first long word.
				const from = start + word.index + Math.min(cut, word[0].length - 2);
				const quote = text.slice(from, end);
				const { prefix, suffix } = contextFor(text, from, end);
				fc.pre(prefix === undefined);
				const refused = anchorText(text, [{ key: 'q', exact: quote, prefix, suffix }]);
				expect(refused.problems[0]?.kind).toBe('partial-word');
				expect(refused.problems[0]?.message).toContain(word[0]);
				const allowed = anchorText(text, [{ key: 'q', exact: quote, prefix, suffix, partialWords: true }]);
				expect(allowed.problems).toEqual([]);
				expect(allowed.quotes[0]!.start).toBe(from);
			}),
			{ numRuns: 200 },
		);
	});

	it('refuses any passage with one word changed', () => {
		fc.assert(
			fc.property(passage, fc.nat(), fc.constantFrom(...'bdfgkmpqvwxz'), ({ text, start, end }, pick, letter) => {
				const original = text.slice(start, end);
				const words = [...original.matchAll(/\p{L}{2,}/gu)];
				fc.pre(words.length > 0);
				const word = words[pick % words.length]!;
				const changed = `${word[0].slice(0, -1)}${word[0].at(-1) === letter ? 'j' : letter}`;
				const quote = original.slice(0, word.index) + changed + original.slice(word.index + word[0].length);
				fc.pre(!normalizeWithMap(text).text.includes(normalizeWithMap(quote).text.trim()));
				const result = anchorText(text, [{ key: 'q', exact: quote }]);
				expect(result.quotes).toEqual([]);
				expect(result.problems[0]?.kind).toBe('not-found');
			}),
			{ numRuns: 400 },
		);
	});
});
