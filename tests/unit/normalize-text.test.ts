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
		expect(map).toEqual([0, 1, 3, 4, 5, 6, 8, source.length]);
	});

	it('leaves letters, case and other punctuation alone', () => {
		for (const char of ['a', 'A', 'é', '.', ',', '…', '(', '/', '0']) expect(canonicalChar(char)).toBe(char);
	});

	it('trims quotes', () => {
		expect(normalizeQuote('  “x”  ')).toBe('"x"');
	});
});
