import type { Heading, Paragraph, PhrasingContent, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { TextBlock } from './page-text';

function phrasing(text: string): PhrasingContent[] {
	return text.split('\n').flatMap((line, i): PhrasingContent[] => (i === 0 ? [{ type: 'text', value: line }] : [{ type: 'break' }, { type: 'text', value: line }]));
}

/**
 * Writes an article's blocks as a Markdown body that renders back to exactly
 * their text: one paragraph per paragraph, a source's section heading as `##`,
 * a line break as a hard break. `mdast-util-to-markdown` escapes every
 * character Markdown would read as syntax where it would read it so (`14.`
 * or `1)` opening a paragraph, `#`, `>`, `-`, `+`, `*`, `_`, backticks,
 * brackets, `<`, `&`, backslashes), and nothing else, so the file stays
 * readable.
 */
export function markdownBody(blocks: readonly TextBlock[]): string {
	const root: Root = {
		type: 'root',
		children: blocks.map((block): Paragraph | Heading =>
			block.kind === 'heading' ? { type: 'heading', depth: 2, children: phrasing(block.text) } : { type: 'paragraph', children: phrasing(block.text) },
		),
	};
	return toMarkdown(root, { bullet: '-', emphasis: '_', fences: true, resourceLink: true, rule: '-' });
}
