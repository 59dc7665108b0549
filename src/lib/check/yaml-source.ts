import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, Scalar, visit } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentProblem } from '../corpus/content-problems';
import { yamlCharacterProblems } from './text-characters';
import { commentCutProblems } from './yaml-comment-cut';

/** A YAML text parsed with the positions of its nodes, so problems can name a line. */
export interface YamlSource {
	/** The data, or `undefined` when the YAML could not be read. */
	data: unknown;
	/** Syntax errors and unquoted dates, already as problems. */
	problems: ContentProblem[];
	/** The 1-based line of the node at `path` (or of its nearest parent that exists). */
	lineOf(path: readonly PropertyKey[]): number | undefined;
	/** The 1-based line of the key `key` inside the mapping at `path`. */
	lineOfKey(path: readonly PropertyKey[], key: string): number | undefined;
}

/** A date YAML 1.1 (and so Astro's loader) would turn into a timestamp when it is not quoted. */
const UNQUOTED_TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?$/;

/**
 * Parses YAML as written: YAML 1.2's core schema keeps dates as strings, so a
 * message shows `2025-02-29` rather than the 1 March that a timestamp becomes.
 * `lineOffset` is added to every line (frontmatter starts after `---`).
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const line = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset);
	const problems: ContentProblem[] = [];
	for (const error of doc.errors) {
		const at = line(error.pos[0]);
		problems.push({
			file,
			line: at,
			field: '(YAML)',
			message: `The file is not valid YAML: ${error.message.split('\n')[0]}. Check the indentation and the quotes around this line; text with a colon, a quote or a \`#\` must be in quotes.`,
		});
	}
	// Controls, bidi overrides and U+FFFD, written or escaped, in any value (see text-characters.ts).
	problems.push(...yamlCharacterProblems(doc, text, file, (offset) => line(offset)!));
	if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== '1.2') {
		problems.push({ file, line: 1 + lineOffset, field: '(YAML)', message: `Expected YAML 1.2, but found a \`%YAML ${doc.directives.yaml.version}\` directive. YAML 1.1 reads words such as \`yes\`, \`no\` and \`on\` as true or false, so a value would mean something other than it says. Remove the directive line (and the \`---\` after it).` });
	}
	let aliases = 0;
	let firstAlias: number | undefined;
	if (!doc.errors.length) {
		visit(doc, (_, node) => {
			if (isAlias(node)) {
				aliases++;
				firstAlias ??= node.range?.[0];
			}
			// Content is data: a tag such as `!!js/function` or `!include` asks a parser for code or a file, which Parallax never gives.
			if (isNode(node) && !isAlias(node) && node.tag) {
				problems.push({ file, line: line(node.range?.[0]), field: '(YAML)', message: `Expected plain data, but found the tag \`${node.tag.replace('tag:yaml.org,2002:', '!!')}\`. Content files hold only text, numbers, lists and fields; tags that ask for code, types or other files are not read. Remove the tag, and put the value in quotes if it is text.` });
			}
		});
		visit(doc, {
			Pair(_, pair, path) {
				if (!isScalar(pair.value) || pair.value.type !== Scalar.PLAIN || typeof pair.value.source !== 'string') return;
				const written = pair.value.source;
				if (!UNQUOTED_TIMESTAMP.test(written)) return;
				const keys = [...path, pair].filter(isPair).map((p) => String(isScalar(p.key) ? p.key.value : p.key));
				problems.push({
					file,
					line: line(pair.value.range?.[0]),
					field: keys.join('.'),
					message: `Expected a date in quotes, but found ${written} without quotes. YAML reads an unquoted date as a timestamp and silently rolls an impossible day over (2025-02-29 becomes 1 March). Write it as \`"${written}"\`.`,
				});
			},
		});
	}
	if (!doc.errors.length) problems.push(...commentCutProblems(doc, text, file, (offset) => line(offset)!));
	const nodeAt = (path: readonly PropertyKey[]): Node | undefined => {
		let node: unknown = doc.contents;
		let found: Node | undefined = doc.contents ?? undefined;
		for (const key of path) {
			if (isMap(node)) node = node.get(String(key), true);
			else if (isSeq(node)) node = node.get(Number(key), true);
			else break;
			if (node && typeof node === 'object' && 'range' in node) found = node as Node;
			else break;
		}
		return found;
	};
	let data: unknown;
	if (!doc.errors.length) {
		try {
			data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
		} catch (error) {
			if (!(error instanceof ReferenceError)) throw error;
			// An alias before its anchor, or aliases that expand without bound (an "alias bomb").
			const forward = /before the alias|Unresolved alias/.test(error.message);
			problems.push({
				file,
				line: line(firstAlias),
				field: '(YAML)',
				message: forward
					? `Expected every alias (\`*name\`) to come after its anchor (\`&name\`), but found one before it. Move the anchored value up, or write the value out.`
					: `Expected aliases (\`*name\`) to repeat a few values, but the file's ${aliases} aliases would expand into more than ${MAX_ALIAS_EXPANSIONS} copies, which is how files are made to exhaust memory. Write the values out, or use fewer aliases.`,
			});
		}
	}
	if (problems.length && data !== undefined && problems.some((p) => p.field === '(YAML)')) data = undefined;
	return {
		data,
		problems,
		lineOf: (path) => line(nodeAt(path)?.range?.[0]),
		lineOfKey: (path, key) => {
			const parent = nodeAt(path);
			if (!isMap(parent)) return line(parent?.range?.[0]);
			const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
			return line(((pair?.key as Node | undefined) ?? parent).range?.[0]);
		},
	};
}

/** How many alias expansions one file may need (the `yaml` library's own default); more is an alias bomb. */
const MAX_ALIAS_EXPANSIONS = 100;

/** Turns a schema's issues into problems, each with its field path and line. */
export function schemaProblems(source: YamlSource, file: string, issues: readonly z.core.$ZodIssue[], basePath: readonly PropertyKey[] = [], skip: ReadonlySet<string> = new Set()): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const issue of issues) {
		const path = [...basePath, ...issue.path];
		const field = formatPath(issue.path);
		if (skip.has(field)) continue;
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				problems.push({ file, line: source.lineOfKey(path, key), field: formatPath([...issue.path, key]), message: issue.message });
			}
			continue;
		}
		problems.push({ file, line: source.lineOf(path), field: field || '(top level)', message: issue.message });
	}
	return problems;
}

/** `claims[2].says.date` from `['claims', 2, 'says', 'date']`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
