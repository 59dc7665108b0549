import { type Document, isPair, isScalar, Scalar, visit } from 'yaml';
import type { ContentProblem } from '../corpus/content-problems';

/**
 * Values that YAML cut at a comment. In an unquoted (plain) value, ` #` starts
 * a comment, so `quote: a record #1 rise` silently reads as `a record`: the
 * claim would quote, highlight and export less than the editor wrote. Like an
 * unquoted date, it is reported with its line and the fix (quote the value).
 * A comment after a value on the same line is reported even when it is meant
 * as a comment: Parallax's content has no such comments, and a comment on its
 * own line says the same without the doubt.
 *
 * Reads the parsed `Document` (with its source ranges) and the text it was
 * parsed from; `line` turns an offset into the line shown in messages.
 */
export function commentCutProblems(doc: Document, text: string, file: string, line: (offset: number) => number): ContentProblem[] {
	const problems: ContentProblem[] = [];
	visit(doc, {
		Scalar(key, node, path) {
			if (key === 'key' || node.type !== Scalar.PLAIN || !node.range) return;
			// range = [start, end of value, end of node]: what lies between the value's end and the node's end on the same line is a comment.
			const after = text.slice(node.range[1], node.range[2]);
			const comment = /^[ \t]+#[^\r\n]*/.exec(after);
			if (!comment) return;
			const written = String(node.value);
			const field = fieldPath([...path, node]);
			const full = `${written}${comment[0]}`;
			problems.push({
				file,
				line: line(node.range[0]),
				field: field || '(YAML)',
				message: `Expected the whole value, but YAML reads only ${JSON.stringify(written)}: in a value without quotes, \` #\` starts a comment, so ${JSON.stringify(comment[0].trim())} is dropped. If it is part of the value, put the value in quotes: \`${JSON.stringify(full)}\`. If it is a comment, put it on its own line.`,
			});
		},
	});
	return problems;
}

/** `claims[0].quote` from the visitor's path of collections and pairs. */
function fieldPath(path: readonly unknown[]): string {
	let out = '';
	for (let i = 0; i < path.length; i++) {
		const node = path[i];
		if (isPair(node)) {
			const name = String(isScalar(node.key) ? node.key.value : node.key);
			out = out ? `${out}.${name}` : name;
		} else if (node && typeof node === 'object' && 'items' in node && !('key' in node)) {
			const next = path[i + 1];
			const items = (node as { items: unknown[] }).items;
			const index = items.indexOf(next);
			if (index >= 0 && !isPair(next)) out = `${out}[${index}]`;
		}
	}
	return out;
}
