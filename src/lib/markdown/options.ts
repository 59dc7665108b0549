import { remarkSourceText, type SourceProblem } from '../../plugins/remark-source-text';
import { rehypeSafeSource } from '../../plugins/rehype-safe-source';

/**
 * How article bodies are turned into HTML, shared by Astro (`astro.config.mjs`)
 * and the content check, so both see the same paragraphs.
 *
 * - Sources are verbatim: SmartyPants would turn straight quotes curly, and GFM
 *   would add autolinks and strikethrough the source never had.
 * - Bodies are text: raw HTML and unsafe addresses are refused
 *   (`remarkSourceText`), and whatever got past is made inert
 *   (`rehypeSafeSource`).
 */
export function sourceMarkdownOptions(mode: 'collect' | 'throw' = 'throw', sink?: { problems: SourceProblem[] }) {
	return {
		smartypants: false,
		gfm: false,
		remarkPlugins: [[remarkSourceText, { mode, sink }]] as [typeof remarkSourceText, { mode: 'collect' | 'throw'; sink?: { problems: SourceProblem[] } | undefined }][],
		rehypePlugins: [rehypeSafeSource],
	};
}
