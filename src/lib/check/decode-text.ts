import type { ContentProblem } from '../corpus/content-problems';

/** A content file's text, or the problem that kept it from being read. */
export type ReadResult = { text: string; problem?: undefined } | { text?: undefined; problem: ContentProblem };

const SAVE_AS_UTF8 = 'Open it in a text editor and save it with the encoding "UTF-8".';

/** The 1-based line of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** The offset of the first byte that is not valid UTF-8: the shortest prefix a fatal decoder refuses, by bisection. */
function firstInvalidByte(bytes: Uint8Array): number {
	let low = 0;
	let high = bytes.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
			low = mid + 1;
		} catch {
			high = mid;
		}
	}
	return low;
}

/** True when most odd or most even bytes of the start are NUL: UTF-16 text without a byte order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 4096);
	if (sample.length < 4) return false;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? odd++ : even++);
	const half = sample.length / 2;
	return even > half * 0.6 || odd > half * 0.6;
}

/**
 * Decodes a content file as UTF-8, the one encoding content is written in.
 * A UTF-8 byte order mark is dropped (some Windows editors write one; it
 * carries no text). A UTF-16 file, with or without its byte order mark, and
 * bytes that are not UTF-8 (a file saved as Windows-1252 or Latin-1) are
 * refused with the line of the first bad byte, never turned into U+FFFD: the
 * text is meant to be verbatim.
 */
export function decodeContentText(bytes: Uint8Array, file: string): ReadResult {
	const bom = bytes.length >= 2 && ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe));
	if (bom || looksLikeUtf16(bytes)) {
		return { problem: { file, line: 1, field: '(encoding)', message: `Expected a file saved as UTF-8, but this one is saved as UTF-16 (${bom ? 'it starts with a UTF-16 byte order mark' : 'every other byte is zero'}). ${SAVE_AS_UTF8}` } };
	}
	const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const body = bytes.subarray(start);
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
	} catch {
		// A truncated sequence is refused only at the byte after it: go back to the byte that started it.
		let at = firstInvalidByte(body);
		for (let back = 0; back < 3 && at > 0 && (body[at] ?? 0) < 0x80 && body[at - 1]! >= 0x80; back++) at--;
		const byte = body[at] ?? 0;
		return {
			problem: {
				file,
				line: lineAt(body, at),
				field: '(encoding)',
				message: `Expected a file saved as UTF-8, but this line has a byte (0x${byte.toString(16).toUpperCase().padStart(2, '0')}) that is not UTF-8. Files saved as Windows-1252 or Latin-1 write letters such as é, “ and ’ this way, and reading them as UTF-8 would turn them into U+FFFD. ${SAVE_AS_UTF8}`,
			},
		};
	}
}
