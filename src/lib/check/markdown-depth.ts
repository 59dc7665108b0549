import { MAX_BLOCKQUOTE_DEPTH } from '../limits';

/**
 * The first line of a Markdown body whose blockquote markers (`>`, each
 * optionally followed by spaces) nest deeper than `MAX_BLOCKQUOTE_DEPTH`, as
 * a line (1-based, in the body) and a message; `undefined` when none does.
 * Read before the Markdown is parsed: the Markdown libraries walk their trees
 * recursively, and thousands of nested quotes overflow their stack. One pass,
 * linear in the body's length.
 */
export function blockquoteDepthProblem(body: string): { line: number; message: string } | undefined {
	let line = 1;
	let depth = 0;
	let atLineStart = true;
	for (let i = 0; i < body.length; i++) {
		const char = body[i]!;
		if (char === '\n') {
			line++;
			depth = 0;
			atLineStart = true;
			continue;
		}
		if (!atLineStart) continue;
		if (char === '>') {
			if (++depth > MAX_BLOCKQUOTE_DEPTH) {
				return { line, message: `Expected at most ${MAX_BLOCKQUOTE_DEPTH} blockquotes inside one another, but this line starts with more \`>\` markers. A news article's text does not nest quotes this deep: remove the extra \`>\` (escape it as \`\\>\` if the source prints it).` };
			}
		} else if (char !== ' ' && char !== '\t') atLineStart = false;
	}
	return undefined;
}
