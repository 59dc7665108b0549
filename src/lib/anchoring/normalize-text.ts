import { graphemes } from './segment';

/**
 * Text normalization with a position map, so a quote typed with straight
 * quotes still finds text set with curly ones, and the match can be mapped
 * back to the exact characters of the source.
 *
 * Only these differences are tolerated:
 * - canonically equivalent text (Unicode NFC): "é" typed as one character
 *   matches "e" + U+0301 COMBINING ACUTE ACCENT, as text copied from PDFs
 *   and macOS often has it;
 * - "ё" and "е" (and "Ё", "Е"), which Russian writing uses interchangeably;
 * - double quotes, single quotes and apostrophes, dashes and hyphens, and
 *   runs of whitespace.
 * Case, letters, digits and every other punctuation mark must match exactly.
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

/** The canonical code unit of one code unit: quotes, apostrophes, dashes and ё folded. */
function canonicalCode(code: number): number {
	switch (code) {
		case 0x451: // ё → е
			return 0x435;
		case 0x401: // Ё → Е
			return 0x415;
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
	/** The text in NFC, with typographic variants and ё folded and whitespace runs collapsed to one space. */
	text: string;
	/** For each code unit of `text`, the index of the first source code unit it came from; one extra entry for the end. */
	map: Int32Array;
	/** For each code unit of `text`, the index just after the last source code unit it came from; one extra entry for the end. */
	ends: Int32Array;
}

/** Decodes the code units in one native call. A lone surrogate (invalid text) becomes U+FFFD, one unit for one, so the map still holds. */
const UTF16 = new TextDecoder('utf-16le');

/**
 * `source` in NFC, composed one grapheme cluster at a time so that each
 * composed unit knows the source range it came from (`from`, `to`). `null`
 * ranges when the text is already NFC, which is the common case.
 */
function composeWithMap(source: string): { text: string; from: Int32Array | null; to: Int32Array | null } {
	const composed = source.normalize('NFC');
	if (composed === source) return { text: source, from: null, to: null };
	const parts: string[] = [];
	const fromList: number[] = [];
	const toList: number[] = [];
	for (const { segment, index } of graphemes(source)) {
		const nfc = segment.normalize('NFC');
		parts.push(nfc);
		if (nfc === segment) {
			for (let k = 0; k < segment.length; k++) {
				fromList.push(index + k);
				toList.push(index + k + 1);
			}
		} else {
			// A composed cluster maps as a whole: highlighting "é" highlights "e" and its accent.
			for (let k = 0; k < nfc.length; k++) {
				fromList.push(index);
				toList.push(index + segment.length);
			}
		}
	}
	return { text: parts.join(''), from: Int32Array.from(fromList), to: Int32Array.from(toList) };
}

/**
 * Normalizes `source`, recording where each normalized character came from.
 * NFC first (only when the text is not NFC already), then one pass over the
 * code units into typed arrays, then one string decoded from them: linear
 * time, and no string or regular expression per character.
 */
export function normalizeWithMap(source: string): NormalizedText {
	const composed = composeWithMap(source);
	const units = composed.text;
	const codes = new Uint16Array(units.length);
	const map = new Int32Array(units.length + 1);
	const ends = new Int32Array(units.length + 1);
	let length = 0;
	let inSpace = false;
	for (let i = 0; i < units.length; i++) {
		const code = units.charCodeAt(i);
		if (isSpace(code)) {
			if (!inSpace) {
				codes[length] = 32;
				map[length] = composed.from ? composed.from[i]! : i;
				ends[length++] = composed.to ? composed.to[i]! : i + 1;
				inSpace = true;
			}
			continue;
		}
		inSpace = false;
		codes[length] = canonicalCode(code);
		map[length] = composed.from ? composed.from[i]! : i;
		ends[length++] = composed.to ? composed.to[i]! : i + 1;
	}
	map[length] = source.length;
	ends[length] = source.length;
	return { text: UTF16.decode(codes.subarray(0, length)), map: map.subarray(0, length + 1), ends: ends.subarray(0, length + 1) };
}

/** The source range `[start, end)` that the normalized range `[from, to)` came from. */
export function sourceRange(normalized: NormalizedText, from: number, to: number): { start: number; end: number } {
	return { start: normalized.map[from]!, end: to > from ? normalized.ends[to - 1]! : normalized.map[from]! };
}

/** Normalizes a quote for searching: folded like the text, and trimmed. */
export function normalizeQuote(quote: string): string {
	return normalizeWithMap(quote).text.trim();
}
