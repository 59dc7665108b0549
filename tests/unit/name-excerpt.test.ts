import { describe, expect, it } from 'vitest';
import { nameExcerpt } from '../../src/lib/display/name-excerpt';

const paragraph = 'The talks resumed on Monday. Officials met in the capital. Ola Berg spoke to reporters afterwards. Nothing was signed. A second round is planned.';

describe('nameExcerpt', () => {
	it('keeps a short paragraph whole', () => {
		expect(nameExcerpt(paragraph, ['Ola Berg'], 'en', 1000)).toBe(paragraph);
	});

	it('keeps the sentences that name the entity, verbatim, and marks what it leaves out', () => {
		expect(nameExcerpt(paragraph, ['Ola Berg'], 'en', 40)).toBe('… Ola Berg spoke to reporters afterwards. …');
	});

	it('marks a gap between two kept sentences, and none at an end it keeps', () => {
		const text = 'Berg arrived first. Officials met in the capital. Nothing was signed. Berg left.';
		expect(nameExcerpt(text, ['Berg'], 'en', 20)).toBe('Berg arrived first. … Berg left.');
	});

	it('gives the whole paragraph when no sentence holds a name whole', () => {
		expect(nameExcerpt(paragraph, ['Mr. Smith'], 'en', 40)).toBe(paragraph);
	});
});
