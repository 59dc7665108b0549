import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearcher } from '../../src/lib/anchoring/multi-search';

/** Every occurrence, found the slow and obvious way. */
function naive(text: string, patterns: string[]) {
	const found: string[] = [];
	patterns.forEach((pattern, index) => {
		for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) found.push(`${index}@${at}`);
	});
	return found.sort();
}

describe('createSearcher', () => {
	it('finds overlapping and nested patterns', () => {
		const matches = createSearcher(['he', 'she', 'his', 'hers']).search('ushers');
		expect(matches.map((m) => `${m.pattern}@${m.start}-${m.end}`).sort()).toEqual(['0@2-4', '1@1-4', '3@2-6'].sort());
	});

	it('refuses an empty pattern', () => {
		expect(() => createSearcher(['a', ''])).toThrow('Pattern 1 is empty');
	});

	it('agrees with a naive search on random texts and patterns', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ') }), fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (text, patterns) => {
				const found = createSearcher(patterns)
					.search(text)
					.map((m) => `${m.pattern}@${m.start}`)
					.sort();
				expect(found).toEqual(naive(text, patterns));
			}),
		);
	});
});
