import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { verbatimProblems } from '../lib/markdown/verbatim';

/** The URL schemes a source's links may use. */
export const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** One thing in an article body that is markup or an unsafe address, not text. */
export interface SourceProblem {
	/** 1-based line in the body (the caller adds the frontmatter's lines). */
	line: number;
	column: number;
	/** What kind of node: `html`, `link`, `image`, `definition`. */
	kind: string;
	/** The text as written, shortened. */
	found: string;
	message: string;
}

declare module 'vfile' {
	interface DataMap {
		/** Set by `remarkSourceText`: raw HTML and unsafe addresses in the body, in reading order. */
		sourceProblems: SourceProblem[];
	}
}

export interface Options {
	/** `collect` records problems on `file.data.sourceProblems` (and in `sink`); `throw` (default) stops with all of them. */
	mode?: 'collect' | 'throw';
	/** Where `collect` also puts them, for callers that do not see the VFile (Astro's Markdown renderer). */
	sink?: { problems: SourceProblem[] } | undefined;
}

/** True when `url` uses `http:`, `https:` or `mailto:` (any letter case, with stray spaces and control characters ignored). */
export function isSafeUrl(url: string): boolean {
	// Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:"), so do the same before reading it.
	const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
	return scheme !== undefined && (SAFE_SCHEMES as readonly string[]).includes(`${scheme}:`);
}

function shortenFound(text: string): string {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}

/**
 * Article bodies are the source's text, not markup. This remark plugin finds
 * raw HTML (tags, comments), images (which a browser would fetch from a third
 * party for every reader), links or link definitions whose address is not
 * `http:`, `https:` or `mailto:`, and any text that Markdown would not render
 * as written (`verbatimProblems`), with their line. In `throw`
 * mode it stops the Markdown processor with every problem listed; the content
 * check (`npm run check:content`) runs it in `collect` mode and reports them
 * with the article's file and line.
 */
export function remarkSourceText(options: Options = {}) {
	const mode = options.mode ?? 'throw';
	return (tree: Root, file: VFile): void => {
		const problems: SourceProblem[] = [];
		const visit = (node: Nodes): void => {
			const at = { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
			if (node.type === 'html') {
				problems.push({
					...at,
					kind: 'html',
					found: shortenFound(node.value),
					message: `Expected text, but found raw HTML \`${shortenFound(node.value)}\`. Article bodies are the source's words, and markup in them could run script or hide text from readers. Remove it; if the source really shows this markup as text, escape it with a backslash (\`\\<\`).`,
				});
			} else if (node.type === 'image' || node.type === 'imageReference') {
				const found = node.type === 'image' ? shortenFound(node.url) : `![${shortenFound(node.alt ?? '')}][${shortenFound(node.label ?? node.identifier)}]`;
				problems.push({
					...at,
					kind: 'image',
					found,
					message: `Expected text, but found an image (\`${found || '(empty)'}\`). An article body is the source's words, and an image would make every reader's browser fetch it from its address, which lets a third party count the readers. Remove it; if the source shows an image, describe it in \`removed\` (\`kind: caption\`) and keep its caption as text.`,
				});
			} else if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) {
				const what = node.type === 'definition' ? 'a link definition' : 'a link';
				problems.push({
					...at,
					kind: node.type,
					found: shortenFound(node.url),
					message: `Expected ${what} to an \`http:\`, \`https:\` or \`mailto:\` address, but found \`${shortenFound(node.url) || '(empty)'}\`. Other addresses (\`javascript:\`, \`data:\`, relative paths) could run script or lead nowhere. Use the full \`https://\` address, or remove the link and keep its text.`,
				});
			}
			if ('children' in node) for (const child of node.children) visit(child);
		};
		visit(tree);
		// Text that Markdown would turn into markup or drop (a date read as a list, `*` as emphasis).
		if (typeof file.value === 'string') problems.push(...verbatimProblems(tree, file.value));
		file.data.sourceProblems = problems;
		options.sink?.problems.push(...problems);
		if (mode === 'throw' && problems.length) {
			const where = file.path ? `${file.path}: ` : '';
			throw new Error(`${where}the article body is not plain text:\n${problems.map((p) => `  line ${p.line}: ${p.message}`).join('\n')}`);
		}
	};
}
