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

/** Characters that extend the one before them (combining marks, joiners, variation selectors). */
const EXTENDS = /[\p{M}\u200c\u200d\ufe00-\ufe0f]/u;
/** Characters that belong to a word: letters, digits, marks, and the parts of an emoji sequence. */
const WORDISH = /[\p{L}\p{N}\p{M}\p{Extended_Pictographic}\u200d\ufe0f\u{1f3fb}-\u{1f3ff}]/u;

/** `WORDISH` for an ASCII code unit: a digit or a letter. */
function asciiWordish(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Text with no character beyond ASCII. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Word boundaries of `text`: `result[i]` is 1 when a word boundary lies
 * before code unit `i` (`0 <= i <= text.length`; both ends are boundaries).
 * A boundary is where the language's segmentation puts one, and also next to
 * any character that is not part of a word (a space, a full stop), so
 * "Friday.The" (a missing space, or two paragraphs' text joined) still ends
 * a word at "Friday"; never inside a surrogate pair or a grapheme cluster.
 */
export function wordBoundaries(text: string, language: string): Uint8Array {
	const boundaries = new Uint8Array(text.length + 1);
	boundaries[0] = 1;
	boundaries[text.length] = 1;
	// In ASCII text UAX #29 never breaks between two letters or digits (WB5, WB8 to WB10), and every other
	// position is a boundary by the rule below anyway: the segmenter, the costly part, would add nothing.
	if (!ASCII_ONLY.test(text)) for (const { index } of segmenter(language, 'word').segment(text)) boundaries[index] = 1;
	for (let i = 1; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const low = text.charCodeAt(i - 1);
		// Both ASCII (most text): a word character is a letter or a digit, and nothing extends.
		if (code < 0x80 && low < 0x80) {
			if (!asciiWordish(low) || !asciiWordish(code)) boundaries[i] = 1;
			continue;
		}
		// Inside a surrogate pair, or before a mark or joiner that extends the character before it: never a boundary.
		if ((code >= 0xdc00 && code <= 0xdfff) || EXTENDS.test(text[i]!)) continue;
		const next = String.fromCodePoint(text.codePointAt(i)!);
		const previous = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
		if (!WORDISH.test(previous) || !WORDISH.test(next)) boundaries[i] = 1;
	}
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
