/**
 * Typographic normalization with a position map, so a quote typed with
 * straight quotes still finds text set with curly ones, and the match can be
 * mapped back to the exact characters of the source.
 *
 * Only these differences are tolerated: double quotes, single quotes and
 * apostrophes, dashes and hyphens, and runs of whitespace. Case, letters,
 * digits and every other punctuation mark must match exactly.
 */
/** The canonical form of one character (whitespace is handled by the caller). */
export function canonicalChar(char: string): string {
	return char.length === 1 ? String.fromCharCode(canonicalCode(char.charCodeAt(0))) : char;
}

/** True for the characters `\s` matches in JavaScript, by code unit, without a regular expression per character. */
function isSpace(code: number): boolean {
	return (
		code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 5760 || (code >= 8192 && code <= 8202) || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279
	);
}

/** The canonical code unit of one code unit: quotes, apostrophes and dashes folded. */
function canonicalCode(code: number): number {
	switch (code) {
		case 0x22: case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0xab: case 0xbb: case 0x2033:
			return 0x22;
		case 0x27: case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x2bc:
			return 0x27;
		case 0x2d: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
			return 0x2d;
		default:
			return code;
	}
}

export interface NormalizedText {
	/** The text with typographic variants folded and whitespace runs collapsed to one space. */
	text: string;
	/** For each code unit of `text`, the index of the source code unit it came from; one extra entry for the end. */
	map: Int32Array;
}

/** Decodes the code units in one native call. A lone surrogate (invalid text) becomes U+FFFD, one unit for one, so the map still holds. */
const UTF16 = new TextDecoder('utf-16le');

/**
 * Normalizes `source`, recording where each normalized character came from.
 * One pass over the code units into typed arrays, then one string decoded
 * from them: linear time, and no string or regular expression per character.
 */
export function normalizeWithMap(source: string): NormalizedText {
	const codes = new Uint16Array(source.length);
	const map = new Int32Array(source.length + 1);
	let length = 0;
	let inSpace = false;
	for (let i = 0; i < source.length; i++) {
		const code = source.charCodeAt(i);
		if (isSpace(code)) {
			if (!inSpace) {
				codes[length] = 32;
				map[length++] = i;
				inSpace = true;
			}
			continue;
		}
		inSpace = false;
		codes[length] = canonicalCode(code);
		map[length++] = i;
	}
	map[length] = source.length;
	return { text: UTF16.decode(codes.subarray(0, length)), map: map.subarray(0, length + 1) };
}

/** Normalizes a quote for searching: folded like the text, and trimmed. */
export function normalizeQuote(quote: string): string {
	return normalizeWithMap(quote).text.trim();
}
