import { describe, expect, it } from 'vitest';
import { redirectsFile } from '../../src/lib/hosting';

describe('redirectsFile', () => {
	it('sends both old citation file addresses of every source to its Cite section, with two placeholder rules', () => {
		expect(redirectsFile('/').split('\n')).toEqual(['/articles/:id/citation.bib /articles/:id/#cite 301', '/articles/:id/citation.csl.json /articles/:id/#cite 301', '']);
	});

	it('keeps the base path on both sides, with or without its final slash', () => {
		for (const base of ['/parallax/', '/parallax']) expect(redirectsFile(base)).toContain('/parallax/articles/:id/citation.bib /parallax/articles/:id/#cite 301');
	});
});
