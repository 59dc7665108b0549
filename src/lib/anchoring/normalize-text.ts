/**
 * Typographic normalization with a position map, so a quote typed with
 * straight quotes still finds text set with curly ones, and the match can be
 * mapped back to the exact characters of the source.
 *
 * Only these differences are tolerated: double quotes, single quotes and
 * apostrophes, dashes and hyphens, and runs of whitespace. Case, letters,
 * digits and every other punctuation mark must match exactly.
 */
const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033']);
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC']);
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

/** The canonical form of one character (whitespace is handled by the caller). */
export function canonicalChar(char: string): string {
	if (DOUBLE_QUOTES.has(char)) return '"';
	if (SINGLE_QUOTES.has(char)) return "'";
	if (DASHES.has(char)) return '-';
	return char;
}

const WHITESPACE = /\s/;

export interface NormalizedText {
	/** The text with typographic variants folded and whitespace runs collapsed to one space. */
	text: string;
	/** For each character of `text`, the index of the source character it came from; one extra entry for the end. */
	map: number[];
}

/** Normalizes `source`, recording where each normalized character came from. */
export function normalizeWithMap(source: string): NormalizedText {
	let text = '';
	const map: number[] = [];
	let inSpace = false;
	for (let i = 0; i < source.length; i++) {
		const char = source[i]!;
		if (WHITESPACE.test(char)) {
			if (!inSpace) {
				text += ' ';
				map.push(i);
				inSpace = true;
			}
			continue;
		}
		inSpace = false;
		text += canonicalChar(char);
		map.push(i);
	}
	map.push(source.length);
	return { text, map };
}

/** Normalizes a quote for searching: folded like the text, and trimmed. */
export function normalizeQuote(quote: string): string {
	return normalizeWithMap(quote).text.trim();
}
