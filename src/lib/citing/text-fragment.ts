/**
 * Text Fragments that land (https://wicg.github.io/scroll-to-text-fragment/):
 * a directive `text=[prefix-,]textStart[,textEnd][,-suffix]` whose first
 * match in the original is the cited passage, computed over the original's
 * text as Parallax knows it (the article's text, one block per paragraph).
 *
 * The matcher follows the specification's "find a range from a text
 * directive": terms match case- and accent-insensitively (the collation's
 * primary level, which is what browsers use), on word boundaries, a term
 * never crosses a block, `prefix` and `suffix` must touch the text (only
 * whitespace between), and the browser takes the first match in document
 * order. The generator adds the fewest words of context (`prefix-`,
 * `-suffix`) that make the passage that first match, and uses
 * `textStart,textEnd` when the passage crosses a block boundary or is long.
 */
import { wordBoundaries, words } from '../anchoring/segment';

/** One directive, its terms as in the text (not encoded). */
export interface TextDirective {
	prefix?: string | undefined;
	textStart: string;
	textEnd?: string | undefined;
	suffix?: string | undefined;
}

/** Passages longer than this (in code units) are cited as `textStart,textEnd`. */
export const LONG_PASSAGE = 300;
const EDGE_WORDS = [3, 5, 8, 12];
const CONTEXT_WORDS = 8;

interface Block {
	/** Offset of the block in the whole text. */
	offset: number;
	text: string;
	/** Folded (primary-level) text, and the block offset each folded code unit came from. */
	folded: string;
	map: number[];
	boundaries: Uint8Array;
}

/** Folded form of each non-ASCII character met so far (`null` for whitespace): folding is per character, so it is kept. */
const foldedChars = new Map<string, string | null>();

/** Case- and accent-insensitive form of one character, as a browser's primary-strength search compares them; `null` for whitespace. */
function foldChar(char: string): string | null {
	let folded = foldedChars.get(char);
	if (folded === undefined) {
		folded = /\s/.test(char) ? null : char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		foldedChars.set(char, folded);
	}
	return folded;
}

/** Printable ASCII and the space, nothing else. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * The folded text (whitespace runs become one space) and, for each folded
 * code unit, the offset in `text` of the character it came from, plus
 * `text.length` at the end.
 */
function fold(text: string): { folded: string; map: number[] } {
	// Printable ASCII with single spaces (most text): its lower case, each unit from the unit at the same offset.
	if (PLAIN_ASCII.test(text) && !text.includes('  ')) {
		const map = new Array<number>(text.length + 1);
		for (let i = 0; i <= text.length; i++) map[i] = i;
		return { folded: text.toLowerCase(), map };
	}
	const pieces: string[] = [];
	const map: number[] = [];
	let endsInSpace = false;
	for (let i = 0; i < text.length; ) {
		const code = text.charCodeAt(i);
		// One character as the string iterator gives it: a surrogate pair, or one code unit.
		const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
		// ASCII: whitespace is tab to carriage return and the space; a capital folds to its small letter; nothing decomposes.
		const folded = code >= 0x80 ? foldChar(width === 1 ? text[i]! : text.slice(i, i + 2)) : code === 32 || (code >= 9 && code <= 13) ? null : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!;
		const piece: string = folded === null ? (endsInSpace ? '' : ' ') : folded;
		if (piece.length > 0) {
			for (let k = 0; k < piece.length; k++) map.push(i);
			pieces.push(piece);
			endsInSpace = piece.endsWith(' ');
		}
		i += width;
	}
	map.push(text.length);
	return { folded: pieces.join(''), map };
}

/** The text split into blocks at `\n` (Parallax's text has one line per paragraph or heading). */
export function textBlocks(text: string, language: string): Block[] {
	const blocks: Block[] = [];
	let offset = 0;
	for (const line of text.split('\n')) {
		const { folded, map } = fold(line);
		blocks.push({ offset, text: line, folded, map, boundaries: wordBoundaries(line, language) });
		offset += line.length + 1;
	}
	return blocks;
}

/** Every word-bounded occurrence of `term` in one block, as block offsets `[start, end)`. */
function occurrences(block: Block, needle: string, startBounded: boolean, endBounded: boolean): [number, number][] {
	const found: [number, number][] = [];
	if (!needle) return found;
	for (let at = block.folded.indexOf(needle); at >= 0; at = block.folded.indexOf(needle, at + 1)) {
		const start = block.map[at]!;
		const end = block.map[at + needle.length]!;
		// A fold can map several units to one source character; a match must start and end on whole source characters.
		if (at > 0 && block.map[at - 1] === start) continue;
		if (startBounded && !block.boundaries[start]) continue;
		if (endBounded && !block.boundaries[end]) continue;
		found.push([start, end]);
	}
	return found;
}

/** Every occurrence of `term` in any block, in document order, as whole-text offsets. */
function everywhereIn(blocks: readonly Block[], term: string, startBounded: boolean, endBounded: boolean): [number, number][] {
	const needle = fold(term.trim()).folded;
	return blocks.flatMap((block) => occurrences(block, needle, startBounded, endBounded).map(([s, e]): [number, number] => [block.offset + s, block.offset + e]));
}

/** `everywhereIn`, remembering each answer in `memo`. */
function memoEverywhere(memo: MatchMemo): typeof everywhereIn {
	return (blocks, term, startBounded, endBounded) => {
		const key = `${startBounded ? 1 : 0}${endBounded ? 1 : 0}${term}`;
		let found = memo.get(key);
		if (!found) {
			found = everywhereIn(blocks, term, startBounded, endBounded);
			memo.set(key, found);
		}
		return found;
	};
}

/** The whole text of each list of blocks, joined once. */
const joined = new WeakMap<readonly Block[], string>();

/** Occurrences already found in one list of blocks, by bounds and term: `everywhere` is pure, so a caller that tries many directives over the same blocks can share them. */
export type MatchMemo = Map<string, [number, number][]>;

/**
 * Every range the directive matches, in document order, as whole-text
 * offsets: the first is where a browser lands. Context must touch its term
 * with only whitespace between, and a block boundary counts as whitespace
 * (the specification's "next non-whitespace position"; Chromium matches
 * a prefix at the end of the paragraph before).
 */
export function matchDirective(blocks: readonly Block[], directive: TextDirective, memo?: MatchMemo): [number, number][] {
	let text = joined.get(blocks);
	if (text === undefined) {
		text = blocks.map((block) => block.text).join('\n');
		joined.set(blocks, text);
	}
	const everywhere = memo ? memoEverywhere(memo) : everywhereIn;
	const touching = (from: number, to: number) => from <= to && text.slice(from, to).trim() === '';
	const endBounded = directive.textEnd === undefined && directive.suffix === undefined;
	let starts: [number, number][];
	if (directive.prefix !== undefined) {
		const candidates = everywhere(blocks, directive.textStart, false, endBounded);
		starts = [];
		for (const [, prefixEnd] of everywhere(blocks, directive.prefix, true, false)) {
			const next = candidates.find(([s]) => s >= prefixEnd);
			if (next && touching(prefixEnd, next[0]) && !starts.some(([s]) => s === next[0])) starts.push(next);
		}
	} else starts = everywhere(blocks, directive.textStart, true, endBounded);
	const suffixes = directive.suffix === undefined ? [] : everywhere(blocks, directive.suffix, false, true);
	const suffixAfter = (end: number) => directive.suffix === undefined || suffixes.some(([s]) => s >= end && touching(end, s));
	const ends = directive.textEnd === undefined ? [] : everywhere(blocks, directive.textEnd, true, directive.suffix === undefined);
	const matches: [number, number][] = [];
	for (const [start, startEnd] of starts) {
		if (directive.textEnd === undefined) {
			if (suffixAfter(startEnd)) matches.push([start, startEnd]);
			continue;
		}
		// The range ends at the first `textEnd` after the start that the suffix (if any) follows.
		const end = ends.find(([s, e]) => s >= startEnd && suffixAfter(e));
		if (end) matches.push([start, end[1]]);
	}
	return matches.sort((x, y) => x[0] - y[0]);
}

type Word = { word: string; start: number; end: number };
/** Words of recent texts, by language then text: a passage, its edges and its context are segmented once, not once per try. */
const recentWords = new Map<string, Map<string, Word[]>>();

/** `words(text, language)`, remembered for the last few hundred texts (the caller must not change the list). */
function wordsOf(text: string, language: string): Word[] {
	let byText = recentWords.get(language);
	if (!byText) recentWords.set(language, (byText = new Map()));
	let list = byText.get(text);
	if (!list) {
		list = words(text, language);
		if (byText.size >= 256) byText.delete(byText.keys().next().value!);
		byText.set(text, list);
	}
	return list;
}

/**
 * The text right before (or after) the passage that context words come
 * from, with its words: the passage's block or, when the passage starts
 * (or ends) its block, the neighbouring block: a term never crosses a
 * block, but the context may sit across a block boundary from the passage.
 * Undefined when there is no neighbouring block.
 */
function contextSource(blocks: readonly Block[], b: number, at: number, side: 'before' | 'after', language: string): { rest: string; list: Word[] } | undefined {
	const block = blocks[b]!;
	let rest = side === 'before' ? block.text.slice(0, at) : block.text.slice(at);
	if (rest.trim() === '') {
		const next = blocks[side === 'before' ? b - 1 : b + 1];
		if (!next) return undefined;
		rest = next.text;
	}
	return { rest, list: wordsOf(rest, language) };
}

/** `n` words of a context source nearest the passage, as the text has them; undefined when it has fewer than `n` words. */
function contextWords(source: { rest: string; list: Word[] } | undefined, n: number, side: 'before' | 'after'): string | undefined {
	if (!source) return undefined;
	const { rest, list } = source;
	if (list.length < n) return undefined;
	return side === 'before' ? rest.slice(list[list.length - n]!.start).trim() : rest.slice(0, list[n - 1]!.end).trim();
}

/** The first `n` words of `text` (or all it has), as written. */
function leading(text: string, n: number, language: string): string {
	const list = wordsOf(text, language);
	return list.length === 0 ? text.trim() : text.slice(0, list[Math.min(n, list.length) - 1]!.end).trim();
}

/** The last `n` words of `text` (or all it has), as written. */
function trailing(text: string, n: number, language: string): string {
	const list = wordsOf(text, language);
	return list.length === 0 ? text.trim() : text.slice(list[Math.max(0, list.length - n)]!.start).trim();
}

/** Blocks of the last few texts, by language then text. */
const recent = new Map<string, Map<string, Block[]>>();

/**
 * The shortest directive whose first match is `[start, end)` of `text`
 * (in code units; the passage is trimmed of surrounding whitespace), or,
 * when no context of up to eight words on either side can tell it apart,
 * `unique: false` with the plain directive.
 */
export function textDirectiveFor(text: string, start: number, end: number, language = 'und'): { directive: TextDirective; unique: boolean } {
	let byText = recent.get(language);
	if (!byText) recent.set(language, (byText = new Map()));
	let found = byText.get(text);
	// Pages cite several passages of the same articles in turn: keep the blocks of the articles used last.
	if (found) byText.delete(text);
	else {
		found = textBlocks(text, language);
		if (byText.size >= 32) byText.delete(byText.keys().next().value!);
	}
	byText.set(text, found);
	const blocks = found;
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	const passage = text.slice(start, end);
	const first = blocks.findIndex((block) => start >= block.offset && start <= block.offset + block.text.length);
	const last = blocks.findIndex((block) => end >= block.offset && end <= block.offset + block.text.length);
	const startBlock = blocks[first]!;
	const endBlock = blocks[last]!;
	const memo: MatchMemo = new Map();
	const lands = (directive: TextDirective) => {
		const [hit] = matchDirective(blocks, directive, memo);
		return hit !== undefined && hit[0] === start && hit[1] === end;
	};

	const bodies: TextDirective[] = [];
	if (first === last && passage.length <= LONG_PASSAGE) bodies.push({ textStart: passage });
	// Most passages land as they are: their words are not needed then.
	if (bodies.length > 0 && lands(bodies[0]!)) return { directive: bodies[0]!, unique: true };
	// `textStart,textEnd`: a term never crosses a block, so each edge is taken from its own block.
	const head = startBlock.text.slice(start - startBlock.offset, first === last ? end - startBlock.offset : undefined);
	const tail = endBlock.text.slice(first === last ? start - endBlock.offset : 0, end - endBlock.offset);
	const count = wordsOf(passage, language).length;
	for (const n of EDGE_WORDS) {
		if (first === last && count < n * 2 + 1) break;
		bodies.push({ textStart: leading(head, n, language), textEnd: trailing(tail, n, language) });
	}
	for (const body of bodies) if (lands(body)) return { directive: body, unique: true };
	// Context: the fewest words before, after, or both.
	const before = contextSource(blocks, first, start - startBlock.offset, 'before', language);
	const after = contextSource(blocks, last, end - endBlock.offset, 'after', language);
	for (let n = 1; n <= CONTEXT_WORDS; n++) {
		const prefix = contextWords(before, n, 'before');
		const suffix = contextWords(after, n, 'after');
		for (const body of bodies) {
			const candidates: TextDirective[] = [];
			if (prefix !== undefined) candidates.push({ ...body, prefix });
			if (suffix !== undefined) candidates.push({ ...body, suffix });
			if (prefix !== undefined && suffix !== undefined) candidates.push({ ...body, prefix, suffix });
			for (const candidate of candidates) if (lands(candidate)) return { directive: candidate, unique: true };
		}
	}
	return { directive: bodies[0] ?? { textStart: passage }, unique: false };
}

/** Percent-encodes a term; `-`, `,` and `&` have meanings in a directive and are encoded too. */
export function encodeTerm(term: string): string {
	return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** `#:~:text=…` for a directive. */
export function fragmentOf(directive: TextDirective): string {
	const parts = [
		directive.prefix !== undefined ? `${encodeTerm(directive.prefix)}-` : undefined,
		encodeTerm(directive.textStart),
		directive.textEnd !== undefined ? encodeTerm(directive.textEnd) : undefined,
		directive.suffix !== undefined ? `-${encodeTerm(directive.suffix)}` : undefined,
	].filter((p) => p !== undefined);
	return `#:~:text=${parts.join(',')}`;
}

/**
 * The fragment a passage has when it is its own directive (`#:~:text=<passage>`),
 * as the reader's script writes it from a mark's text (whitespace collapsed,
 * as a reader copies it): the build leaves a claim's `data-cite-fragment` out
 * exactly when its fragment is this one.
 */
export function passageFragment(passage: string): string {
	return fragmentOf({ textStart: passage.replace(/\s+/g, ' ').trim() });
}

/** Parses `#:~:text=…` (or the part after `text=`) back into a directive. */
export function parseFragment(fragment: string): TextDirective {
	const value = fragment.replace(/^.*?:~:text=/, '').split('&')[0]!;
	const parts = value.split(',').map((p) => p);
	const directive: TextDirective = { textStart: '' };
	if (parts[0]?.endsWith('-')) directive.prefix = decodeURIComponent(parts.shift()!.slice(0, -1));
	if (parts.at(-1)?.startsWith('-')) directive.suffix = decodeURIComponent(parts.pop()!.slice(1));
	directive.textStart = decodeURIComponent(parts[0] ?? '');
	if (parts[1] !== undefined) directive.textEnd = decodeURIComponent(parts[1]);
	return directive;
}
