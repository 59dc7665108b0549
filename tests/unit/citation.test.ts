import { describe, expect, it } from 'vitest';
import { formatCitation, originalWithFragment, textFragment } from '../../src/lib/citing/citation';

describe('textFragment', () => {
	it('quotes a short passage whole, encoding the characters Text Fragments reserve', () => {
		expect(textFragment('Moscow does not recognize Hamas - as, & so')).toBe('#:~:text=Moscow%20does%20not%20recognize%20Hamas%20%2D%20as%2C%20%26%20so');
	});
	it('uses the first and last words of a long passage', () => {
		expect(textFragment('one two three four five six seven eight nine ten eleven twelve')).toBe('#:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
	});
	it('replaces any fragment already on the original URL', () => {
		expect(originalWithFragment('https://example.org/a#top', 'word')).toBe('https://example.org/a#:~:text=word');
	});
});

describe('formatCitation', () => {
	it('gives quote, outlet, headline, date, paragraph and both URLs', () => {
		expect(
			formatCitation({
				quote: 'Ron Krivoy',
				outlet: 'TASS',
				headline: 'no headline in the source',
				date: '10 February 2025 (inferred)',
				paragraph: 9,
				readerUrl: 'https://r.example/articles/tass-2025-02-10/#krivoi-release',
				originalUrl: 'https://tass.com/politics/1910933',
			}),
		).toBe(
			[
				'“Ron Krivoy”',
				'— TASS, no headline in the source, 10 February 2025 (inferred), paragraph 9.',
				'Reader: https://r.example/articles/tass-2025-02-10/#krivoi-release',
				'Original: https://tass.com/politics/1910933#:~:text=Ron%20Krivoy',
			].join('\n'),
		);
	});

	it('names every paragraph of a passage that crosses a paragraph boundary', () => {
		const input = { quote: 'One. Two.', outlet: 'TASS', headline: 'h', date: 'd', readerUrl: 'https://r.example/a/#c', originalUrl: 'https://o.example/a' };
		expect(formatCitation({ ...input, paragraph: 3, lastParagraph: 4 })).toContain('— TASS, h, d, paragraphs 3–4.');
		expect(formatCitation({ ...input, paragraph: 3, lastParagraph: 3 })).toContain('— TASS, h, d, paragraph 3.');
	});
});
