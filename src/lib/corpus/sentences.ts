/**
 * Sentence boundaries of a source's text, for the rule "whole sentences by
 * default" (EDITORIAL.md, "A claim"; README, "Editorial rules the build
 * checks"). Boundaries come from `Intl.Segmenter` with sentence granularity
 * (Unicode UAX #29) in the article's language, so they follow that language's
 * rules rather than a regular expression of ours. A line break always ends a
 * sentence there, so a paragraph's end is a boundary too.
 */

/** A sentence of the text: `[start, end)` in UTF-16 code units, trailing spaces included (as the segmenter gives them). */
export interface Sentence {
	start: number;
	end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The sentences of `text` in the language `lang` (a BCP 47 tag such as `en`
 * or `ar-EG`). The segmenter breaks after an abbreviation's full stop
 * ("Mr. President" is two segments in Node 22's ICU), so the rule errs on the
 * lenient side there: a quote may start at "President", never mid-word.
 */
export function sentencesOf(text: string, lang: string): Sentence[] {
	let segmenter = segmenters.get(lang);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
		segmenters.set(lang, segmenter);
	}
	return [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

/**
 * Characters a quote may leave out at a sentence's edge and still be the whole
 * sentence: spaces, and the opening punctuation before its first word or the
 * closing punctuation after its last (quotation marks, brackets). A quote that
 * ends at `on the whole.` of `…on the whole."` quotes the whole sentence; one
 * that leaves out a word or a full stop does not.
 */
const OPENING = /^[\s\p{Ps}\p{Pi}"'«‹„‚]*$/u;
const CLOSING = /^[\s\p{Pe}\p{Pf}"'»›]*$/u;

/** Where a quote `[start, end)` falls short of whole sentences, if it does, and the sentences it touches. */
export function sentenceGap(text: string, sentences: readonly Sentence[], start: number, end: number): { startsInside: boolean; endsInside: boolean; whole: string } {
	const first = sentences.find((s) => start >= s.start && start < s.end) ?? { start, end };
	const last = sentences.find((s) => end - 1 >= s.start && end - 1 < s.end) ?? { start, end };
	return {
		startsInside: !OPENING.test(text.slice(first.start, start)),
		endsInside: !CLOSING.test(text.slice(end, last.end)),
		whole: text.slice(first.start, last.end).trim(),
	};
}
