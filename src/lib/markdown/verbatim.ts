import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

/**
 * Verbatim means verbatim: an article body is the source's text, and Markdown
 * may only split it into paragraphs and `#` headings and carry `http(s)`
 * links. Text that merely looks like Markdown syntax ("14. Februar 2024" read
 * as a numbered list, "* * *" as a rule, `5*3*2` as emphasis, `&amp;` as "&",
 * `[1]: https://…` as a link definition) would silently turn into markup or
 * vanish. So every block must be a paragraph or an ATX heading, and the text
 * a block renders must be its source minus backslash escapes and link syntax
 * (a line break is allowed where a backslash ends the line: the source breaks
 * the line there; trailing spaces that break a line are refused, being invisible).
 * The check is general: it compares what Markdown made of each line with the
 * line itself, rather than listing the syntax that can go wrong.
 */

/** One place where the body would not render as written. */
export interface VerbatimProblem {
	/** 1-based line in the body. */
	line: number;
	column: number;
	/** The mdast node kind that appeared, such as `list` or `emphasis`. */
	kind: string;
	/** The source line as written. */
	found: string;
	/** What Markdown makes of it, and the escaped line to write instead. */
	message: string;
}

/** What each kind of block or inline node does to the text, for messages. */
const READS_AS: Record<string, string> = {
	list: 'a list (its marker, such as `14.` or `*`, becomes a list number or bullet and leaves the text)',
	thematicBreak: 'a horizontal rule (the line becomes a line without text)',
	blockquote: 'a block quotation (the `>` leaves the text)',
	code: 'a code block (indented or fenced text)',
	definition: 'a link definition (the whole line disappears from the text)',
	setext: 'a heading underlined by the next line (the `=` or `-` line disappears)',
	emphasis: 'emphasis (the `*` or `_` around it leave the text)',
	strong: 'strong emphasis (the `**` or `__` around it leave the text)',
	inlineCode: 'code (the backticks leave the text)',
	break: 'a line break (the spaces at the end of the line, which no one can see, make it; end the line with a backslash if the source breaks the line there)',
	linkReference: 'a reference link (the brackets leave the text)',
	autolink: 'a link (the angle brackets around the address leave the text)',
	imageReference: 'a reference image',
	text: 'other characters (a character reference such as `&amp;` becomes the character it names)',
	gap: 'markup (these characters leave the text)',
};

/** ASCII punctuation, the characters a backslash escapes in CommonMark. */
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;

/**
 * A line written so that Markdown reads it as plain text: block markers at
 * the start of the line and inline syntax characters get a backslash. Used
 * in messages as the fix; the result renders as `line`.
 */
export function escapeMarkdownLine(line: string): string {
	let out = line
		.replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
		.replace(/[*_`[\]<]/g, '\\$&')
		.replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
	out = out
		.replace(/^(\s*)(#{1,6})(?=\s|$)/, '$1\\$2')
		.replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
		.replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3')
		.replace(/^(\s*)>/, '$1\\>')
		.replace(/^(\s*)(~~~|===|---)/, '$1\\$2')
		.replace(/(\s)(#+)\s*$/, '$1\\$2')
		.replace(/\\$/, '\\\\');
	return out;
}

function shorten(text: string, max = 100): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Whitespace runs as one space, trimmed: Markdown reflows lines, which is not a change of text. */
function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Every place in `tree` (parsed from `source`) where the rendered text is not the source's. */
export function verbatimProblems(tree: Root, source: string): VerbatimProblem[] {
	const lines = source.split('\n');
	const problems: VerbatimProblem[] = [];
	const report = (kind: string, line: number, column: number) => {
		// A problem per line is enough: the escaped line fixes everything on it.
		if (problems.some((p) => p.line === line)) return;
		const found = (lines[line - 1] ?? '').replace(/\r$/, '');
		// An indented line is a code block: the fix is to remove the indentation, not to escape; trailing spaces that break a line go.
		const fixed = kind === 'code' && /^( {4}|\t)/.test(found) ? found.trimStart() : kind === 'break' ? escapeMarkdownLine(found.trimEnd()) : escapeMarkdownLine(found);
		problems.push({
			line,
			column,
			kind,
			found: shorten(found),
			message:
				`Expected the source's text, but Markdown reads \`${shorten(found)}\` as ${READS_AS[kind] ?? kind}, so the page would not show what the source printed. ` +
				(fixed !== found ? `Write it as \`${shorten(fixed, 160)}\`; the backslashes keep the characters as text, and the page shows the line exactly as written.` : `Escape the characters Markdown reads as syntax with a backslash (\`\\\`), so the page shows the line exactly as written.`),
		});
	};
	const at = (node: Nodes) => ({ offset: node.position?.start.offset ?? 0, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
	const lineOfOffset = (offset: number) => source.slice(0, offset).split('\n').length;

	/** Characters between `from` and `to` that Markdown dropped: only whitespace may be. */
	const gap = (from: number, to: number) => {
		const dropped = source.slice(from, to);
		const k = dropped.search(/\S/);
		if (k >= 0) report('gap', lineOfOffset(from + k), 1);
	};

	const inline = (children: readonly PhrasingContent[], from: number): number => {
		let cursor = from;
		for (const child of children) {
			const { offset, line, column } = at(child);
			const end = child.position?.end.offset ?? offset;
			if (child.type === 'html') {
				cursor = end;
				continue;
			}
			gap(cursor, offset);
			if (child.type === 'text') {
				const written = source.slice(offset, end).replace(ESCAPABLE, '$1');
				if (squash(written) !== squash(child.value)) report('text', line, column);
			} else if (child.type === 'link' && source[offset] === '<') {
				// `<https://…>` shows the address without its brackets: the source printed them, so they must stay.
				report('autolink', line, column);
			} else if (child.type === 'link') {
				// `[` and `](address)` are the link's own syntax; its text must still be verbatim.
				inline(child.children, offset + 1);
			} else if (child.type === 'break' && source[offset] === '\\') {
				// A backslash at the end of a line is a deliberate line break, as the source has it (the import writes `<br>` so).
			} else if (child.type !== 'image') {
				report(child.type, line, column);
			}
			cursor = end;
		}
		return cursor;
	};

	const block = (node: RootContent) => {
		const { offset, line, column } = at(node);
		const end = node.position?.end.offset ?? offset;
		if (node.type === 'html') return;
		if (node.type === 'paragraph') {
			gap(inline((node as Paragraph).children, offset), end);
			return;
		}
		if (node.type === 'heading') {
			const written = source.slice(offset, end);
			const marker = /^ {0,3}#{1,6}(?=[ \t]|$)/.exec(written);
			if (!marker) {
				const underline = source.slice(0, end).split('\n').length;
				report('setext', underline, 1);
				return;
			}
			gap(inline((node as Heading).children, offset + marker[0].length), end);
			return;
		}
		report(node.type, line, column);
	};

	for (const node of tree.children) block(node);
	return problems;
}
