import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordBoundaries } from '../../src/lib/anchoring/segment';

/** The rule as documented, computed the long way: every boundary the segmenter gives, and every position next to a character that is not a letter or digit. */
function expected(text: string, language: string): number[] {
	const out = new Array<number>(text.length + 1).fill(0);
	for (const { index } of new Intl.Segmenter(language, { granularity: 'word' }).segment(text)) out[index] = 1;
	out[0] = 1;
	out[text.length] = 1;
	for (let i = 1; i < text.length; i++) if (!/[A-Za-z0-9]/.test(text[i - 1]!) || !/[A-Za-z0-9]/.test(text[i]!)) out[i] = 1;
	return out;
}

// ASCII text skips the segmenter; this proves the shortcut gives what the segmenter would, in languages whose rules differ.
const ascii = fc.string({ unit: fc.constantFrom(...'ab Z09.,:;\'"_-\n\t/@()'.split('')), maxLength: 24 });

describe('word boundaries of ASCII text', () => {
	for (const language of ['en', 'und', 'fi', 'sv', 'ja', 'th']) {
		it(`are the segmenter's and the punctuation's (${language})`, () => {
			fc.assert(fc.property(ascii, (text) => {
				expect([...wordBoundaries(text, language)]).toEqual(expected(text, language));
			}), { numRuns: 500 });
		});
	}

	it('still come from the segmenter once a character is beyond ASCII', () => {
		// Thai is written without spaces: only the segmenter's dictionary splits its words.
		const text = 'ภาษาไทยง่ายนิดเดียว and ok';
		const thai = 'ภาษาไทยง่ายนิดเดียว'.length;
		expect(wordBoundaries(text, 'th').slice(1, thai).includes(1)).toBe(true);
	});
});
