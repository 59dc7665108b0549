import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalChar, normalizeQuote, normalizeWithMap } from '../../src/lib/anchoring/normalize-text';

describe('normalizeWithMap', () => {
	it('folds quotes, apostrophes and dashes, and collapses whitespace', () => {
		expect(normalizeWithMap('“Don’t” —  he\n said').text).toBe(`"Don't" - he said`);
	});

	it('maps every normalized character back to its source position', () => {
		const source = 'a  “b”\n\tc';
		const { text, map } = normalizeWithMap(source);
		expect(text).toBe('a "b" c');
		expect([...map]).toEqual([0, 1, 3, 4, 5, 6, 8, source.length]);
	});

	it('leaves letters, case and other punctuation alone', () => {
		for (const char of ['a', 'A', 'é', '.', ',', '…', '(', '/', '0']) expect(canonicalChar(char)).toBe(char);
	});

	it('agrees with a character-by-character reference on any text, long ones included', () => {
		const reference = (source: string) => {
			let text = '';
			const map: number[] = [];
			let inSpace = false;
			for (let i = 0; i < source.length; i++) {
				const char = source[i]!;
				if (/\s/.test(char)) {
					if (!inSpace) (text += ' '), map.push(i);
					inSpace = true;
					continue;
				}
				inSpace = false;
				text += '"“”„‟«»″'.includes(char) ? '"' : "'‘’‚‛′ʼ".includes(char) ? "'" : '-‐‑‒–—―−'.includes(char) ? '-' : char;
				map.push(i);
			}
			map.push(source.length);
			return { text, map };
		};
		const alphabet = fc.constantFrom(...'ab é"“”\'’—–-\n\t\u00a0\u3000\ufeff\u2028.,𝒳');
		fc.assert(
			fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), fc.nat(20000), (text, repeat) => {
				const source = repeat > 19000 ? text.repeat(500) : text;
				const got = normalizeWithMap(source);
				const want = reference(source);
				expect(got.text).toBe(want.text);
				expect([...got.map]).toEqual(want.map);
			}),
			{ numRuns: 300 },
		);
	});

	it('trims quotes', () => {
		expect(normalizeQuote('  “x”  ')).toBe('"x"');
	});
});
