import { type Document, isPair, isScalar, isSeq, type Scalar, visit } from 'yaml';
import { formatPath } from './yaml-source';
import { charName } from '../anchoring/text-quote';
import type { ContentProblem } from '../corpus/content-problems';

/**
 * Characters refused in every text of the content, because the text shown
 * would not be the text stored:
 * - the explicit bidirectional embeddings, overrides and isolates
 *   (U+202A–U+202E, U+2066–U+2069), which reorder what is shown
 *   ("did not" shown as "ton did") and break the page's own isolation of
 *   right-to-left text (Unicode UAX #9; UTS #55 flags the same set in source
 *   code). The implicit marks (U+200E LEFT-TO-RIGHT MARK, U+200F
 *   RIGHT-TO-LEFT MARK, U+061C ARABIC LETTER MARK) are allowed: they are
 *   ordinary in right-to-left news text, cannot reverse a run of letters, and
 *   the anchoring already shows them by name when a quote is not found;
 * - C0 and C1 control characters other than tab, line feed and carriage
 *   return (NUL, form feed, escape, DELETE…), which are not text;
 * - U+FFFD REPLACEMENT CHARACTER, which a program writes when it could not
 *   decode a character: the text was already damaged before it came here.
 */
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const ANY_REFUSED = new RegExp(REFUSED.source);

/** Names of the controls (Unicode gives them as `<control>`; these are their formal aliases). */
const CONTROL_NAMES: Record<number, string> = {
	0x00: 'NULL', 0x07: 'BELL', 0x08: 'BACKSPACE', 0x0b: 'LINE TABULATION', 0x0c: 'FORM FEED', 0x1b: 'ESCAPE', 0x7f: 'DELETE',
	0x85: 'NEXT LINE', 0xfffd: 'REPLACEMENT CHARACTER',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, `U+0000 NULL`, `U+0013 (a control character)`. */
export function refusedCharName(char: string): string {
	const code = char.codePointAt(0)!;
	const known = CONTROL_NAMES[code];
	if (known) return `${charName(char).split(' ')[0]} ${known}`;
	const named = charName(char);
	return named.includes(' ') ? named : `${named} (a control character)`;
}

/** What is wrong with `char` (one of the refused characters) and how to fix it. */
export function refusedCharMessage(char: string): string {
	const name = refusedCharName(char);
	if (char === '\uFFFD') return `Expected text, but found ${name}, which a program writes where it could not decode a character: the text here was already damaged. Copy the passage again from the original, and save the file as UTF-8.`;
	if (BIDI.test(char)) return `Expected plain text, but found ${name}, an invisible control that changes the order in which the text is shown, so readers would see something other than what is stored. Remove the control: the site sets the direction of right-to-left text itself (LEFT-TO-RIGHT MARK and RIGHT-TO-LEFT MARK are allowed).`;
	return `Expected text, but found ${name}, a control character that is not text (it often comes from a copy out of a PDF or a broken conversion). Remove the control.`;
}

/** At most this many lines of one file are reported: a file full of controls is one problem, not thousands. */
const MAX_LINES = 10;

interface Found {
	line: number;
	field: string;
	char: string;
}

function toProblems(found: readonly Found[], file: string): ContentProblem[] {
	const byLine = new Map<number, Found>();
	for (const item of found) if (!byLine.has(item.line)) byLine.set(item.line, item);
	const lines = [...byLine.values()].sort((a, b) => a.line - b.line);
	const problems = lines.slice(0, MAX_LINES).map((item) => ({ file, line: item.line, field: item.field, message: refusedCharMessage(item.char) }));
	if (lines.length > MAX_LINES) problems.at(-1)!.message += ` ${lines.length - MAX_LINES} more lines of this file have such characters.`;
	return problems;
}

/** Lines (1-based, plus `lineOffset`) of every refused character in `text`, as problems of `field`. */
export function textCharacterProblems(text: string, file: string, field: string, lineOffset = 0): ContentProblem[] {
	const found: Found[] = [];
	let line = 1;
	let last = 0;
	for (const match of text.matchAll(REFUSED)) {
		for (let i = last; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
		last = match.index;
		found.push({ line: line + lineOffset, field, char: match[0] });
	}
	return toProblems(found, file);
}

/**
 * Refused characters in a YAML document: written as themselves (reported on
 * their own line) or as escapes in a double-quoted string (`"\u202E"`,
 * reported on the string's line), each with the field it is in.
 */
export function yamlCharacterProblems(doc: Document, text: string, file: string, lineOf: (offset: number) => number): ContentProblem[] {
	if (!ANY_REFUSED.test(text) && !text.includes('\\')) return [];
	const scalars: { range: [number, number]; field: string; value: string }[] = [];
	visit(doc, {
		Scalar(_, node: Scalar, path) {
			if (typeof node.value !== 'string' || !node.range) return;
			const keys: PropertyKey[] = [];
			const chain = [...path, node];
			chain.forEach((ancestor, i) => {
				if (isPair(ancestor)) keys.push(String(isScalar(ancestor.key) ? ancestor.key.value : ancestor.key));
				else if (isSeq(ancestor)) keys.push(ancestor.items.indexOf(chain[i + 1] as never));
			});
			scalars.push({ range: [node.range[0], node.range[1]], field: formatPath(keys) || '(top level)', value: node.value });
		},
	});
	const found: Found[] = [];
	const fieldAt = (offset: number) => scalars.find((s) => s.range[0] <= offset && offset < s.range[1])?.field ?? '(YAML)';
	// Only the lines that will be shown need their field; the rest are counted.
	const lines = new Set<number>();
	for (const match of text.matchAll(REFUSED)) {
		const line = lineOf(match.index);
		if (lines.has(line)) continue;
		lines.add(line);
		found.push({ line, field: lines.size <= MAX_LINES ? fieldAt(match.index) : '', char: match[0] });
	}
	for (const scalar of scalars) {
		const raw = text.slice(scalar.range[0], scalar.range[1]);
		const escaped = [...new Set(scalar.value.match(REFUSED) ?? [])].find((char) => !raw.includes(char));
		if (escaped) found.push({ line: lineOf(scalar.range[0]), field: scalar.field, char: escaped });
	}
	return toProblems(found, file);
}
