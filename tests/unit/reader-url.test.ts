import { describe, expect, it } from 'vitest';
import { citedReaderUrl } from '../../src/lib/citing/reader-url';

describe('citedReaderUrl', () => {
	const site = new URL('https://parallax.example.org');
	it('gives the served path when PARALLAX_SITE is not set, never the placeholder origin', () => {
		expect(citedReaderUrl('/articles/x/#p3', site, undefined)).toBe('/articles/x/#p3');
	});
	it('gives the absolute address when PARALLAX_SITE is set', () => {
		expect(citedReaderUrl('/parallax/articles/x/#p3', new URL('https://example.org'), 'https://example.org')).toBe('https://example.org/parallax/articles/x/#p3');
	});
});
