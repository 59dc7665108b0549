/**
 * Word and sentence boundaries from the platform's Unicode segmentation
 * (`Intl.Segmenter`, UAX #29 with ICU's dictionaries for Chinese, Japanese,
 * Thai and others), for one language. Used wherever Parallax asks "does this
 * start or end on a word?" (quotes, names), so no hand-written character class
 * decides it: a boundary never falls inside a grapheme cluster (a letter and
 * its combining marks, an emoji sequence), and scripts written without spaces
 * are split into words.
 *
 * The language is a BCP 47 tag (`en`, `zh`, `ar-EG`); it is always given, never
 * taken from the machine, so the result is the same everywhere.
 */

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string, granularity: 'word' | 'sentence' | 'grapheme'): Intl.Segmenter {
	const key = `${granularity}:${language}`;
	let found = segmenters.get(key);
	if (!found) {
		// An unknown or malformed tag falls back to the root locale's rules ("und"), never to the machine's locale.
		let tag = 'und';
		try {
			tag = Intl.getCanonicalLocales(language)[0] ?? 'und';
		} catch {}
		found = new Intl.Segmenter(tag, { granularity });
		segmenters.set(key, found);
	}
	return found;
}

/**
 * Word boundaries of `text`: `result[i]` is 1 when a word boundary lies
 * before code unit `i` (`0 <= i <= text.length`; both ends are boundaries).
 */
export function wordBoundaries(text: string, language: string): Uint8Array {
	const boundaries = new Uint8Array(text.length + 1);
	for (const { index } of segmenter(language, 'word').segment(text)) boundaries[index] = 1;
	boundaries[text.length] = 1;
	return boundaries;
}

/** The words of `text` (segments that contain letters or digits), with their offsets in code units. */
export function words(text: string, language: string): { word: string; start: number; end: number }[] {
	const out: { word: string; start: number; end: number }[] = [];
	for (const { segment, index, isWordLike } of segmenter(language, 'word').segment(text)) {
		if (isWordLike) out.push({ word: segment, start: index, end: index + segment.length });
	}
	return out;
}

/** Where each sentence of `text` starts, in code units, from 0; the end of the text is not included. */
export function sentenceStarts(text: string, language: string): number[] {
	return [...segmenter(language, 'sentence').segment(text)].map((s) => s.index);
}

/** Grapheme clusters of `text` (what a reader sees as one character), with their offsets in code units. */
export function graphemes(text: string): Iterable<{ segment: string; index: number }> {
	return segmenter('und', 'grapheme').segment(text);
}
