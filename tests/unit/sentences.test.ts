import { describe, expect, it } from 'vitest';
import { sentenceGap, sentencesOf } from '../../src/lib/corpus/sentences';

const texts = (text: string, lang: string) => sentencesOf(text, lang).map((s) => text.slice(s.start, s.end));

describe('sentencesOf', () => {
	it('finds sentences in the article\'s language, a paragraph break included', () => {
		expect(texts('The bridge opens. "It will," she said.\nNext paragraph.', 'en')).toEqual(['The bridge opens. ', '"It will," she said.\n', 'Next paragraph.']);
		expect(texts('橋は五月に開通する。市長が述べた。', 'ja')).toEqual(['橋は五月に開通する。', '市長が述べた。']);
		expect(texts('هل سيفتح الجسر؟ قال المتحدث إنه سيفتح.', 'ar')).toEqual(['هل سيفتح الجسر؟ ', 'قال المتحدث إنه سيفتح.']);
	});
});

describe('sentenceGap', () => {
	const text = 'He said: "It is known that the council works and, on the whole." The bridge opens.';
	const gap = (quote: string) => {
		const start = text.indexOf(quote);
		return sentenceGap(text, sentencesOf(text, 'en'), start, start + quote.length);
	};
	it('accepts a quote that leaves out only the closing or opening quotation mark', () => {
		expect(gap('He said: "It is known that the council works and, on the whole.')).toMatchObject({ startsInside: false, endsInside: false });
		expect(gap('It is known that the council works and, on the whole."').startsInside).toBe(true);
	});
	it('refuses a quote that leaves out a word or the full stop, and gives the whole sentence', () => {
		expect(gap('the council works and, on the whole.')).toMatchObject({ startsInside: true, endsInside: false, whole: 'He said: "It is known that the council works and, on the whole."' });
		expect(gap('The bridge opens')).toMatchObject({ startsInside: false, endsInside: true, whole: 'The bridge opens.' });
	});
});
