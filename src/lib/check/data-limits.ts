import type { ContentProblem } from '../corpus/content-problems';
import { MAX_CLAIMS_PER_EVENT, MAX_LIST_LENGTH, MAX_QUOTE_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH, QUOTE_FIELDS, TITLE_FIELDS } from '../limits';
import { formatPath, type YamlSource } from './yaml-source';

/** At most this many limit problems per file: one oversized file is reported, not flooded. */
const SHOWN_PER_FILE = 10;

/** The longest a string at `path` may be, and what kind of text it is, for the message. */
function stringLimit(path: readonly PropertyKey[]): [number, string] {
	const key = path.at(-1);
	const parent = [...path].reverse().find((k) => typeof k === 'string');
	const owner = typeof key === 'string' ? key : parent;
	if (typeof owner === 'string' && QUOTE_FIELDS.has(owner)) return [MAX_QUOTE_LENGTH, 'a quote'];
	// `text` is a title under `title` (a headline) and under `variants` (a name), and other text elsewhere (removed furniture).
	const titled = typeof key === 'string' && TITLE_FIELDS.has(key) && (key !== 'text' || path.at(-2) === 'title' || path.at(-3) === 'variants');
	const variant = typeof key === 'number' && path.at(-2) === 'variants';
	if (titled || variant) return [MAX_TITLE_LENGTH, 'a title or name'];
	return [MAX_TEXT_LENGTH, 'a text field'];
}

/**
 * Every string and list in `data` longer than its limit (`src/lib/limits.ts`),
 * as problems with the field's line. Walks the data without recursion, so no
 * shape of file can overflow the stack.
 */
export function limitProblems(data: unknown, source: YamlSource, file: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const stack: [unknown, PropertyKey[]][] = [[data, []]];
	while (stack.length && problems.length < SHOWN_PER_FILE) {
		const [value, path] = stack.pop()!;
		const field = formatPath(path) || '(top level)';
		if (typeof value === 'string') {
			const [limit, kind] = stringLimit(path);
			if (value.length > limit) {
				problems.push({ file, line: source.lineOf(path), field, message: `Expected at most ${limit.toLocaleString('en')} characters for ${kind}, but found ${value.length.toLocaleString('en')}. Shorten it; the limits are listed in the README ("Limits").` });
			}
		} else if (Array.isArray(value)) {
			const limit = path.at(-1) === 'claims' ? MAX_CLAIMS_PER_EVENT : MAX_LIST_LENGTH;
			if (value.length > limit) {
				problems.push({ file, line: source.lineOf(path), field, message: `Expected at most ${limit.toLocaleString('en')} entries, but found ${value.length.toLocaleString('en')}. ${path.at(-1) === 'claims' ? 'Split the event into several events' : 'Split the list'}; the limits are listed in the README ("Limits").` });
				continue;
			}
			for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i]]);
		} else if (value && typeof value === 'object') {
			for (const [key, child] of Object.entries(value).reverse()) stack.push([child, [...path, key]]);
		}
	}
	return problems;
}
