import fc from 'fast-check';
import { expect, it } from 'vitest';
import { shorten } from '../../src/lib/display/shorten';

it('cuts long text at a word boundary with an ellipsis, and leaves short text alone', () => {
	expect(shorten('Putin meets freed hostages in the Kremlin', 20)).toBe('Putin meets freed…');
	expect(shorten('Putin meets freed hostages', 26)).toBe('Putin meets freed hostages');
	expect(shorten('one two three', 9)).toBe('one two…');
	expect(shorten('a dual Russian-Israeli national', 12)).toBe('a dual…');
	expect(shorten('Krivoi, a dual national', 8)).toBe('Krivoi…');
});

it('never ends in part of a word, and never grows past the limit', () => {
	fc.assert(
		fc.property(fc.array(fc.stringMatching(/^[a-z]{1,9}$/), { minLength: 2, maxLength: 12 }), fc.integer({ min: 12, max: 60 }), (words, max) => {
			const text = words.join(' ');
			const out = shorten(text, max);
			expect(out.length).toBeLessThanOrEqual(Math.max(max, words[0]!.length + 1));
			if (out === text) return;
			const kept = out.slice(0, -1).split(' ');
			expect(kept.every((word, i) => word === words[i])).toBe(true);
		}),
	);
});
