import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { renderArticleTree } from '../anchoring/render-article';
import { type LoadedContent, loadContent } from '../check/load-content';
import { listIds } from '../corpus/content-problems';
import { sourceMarkdownOptions } from '../markdown/options';
import type { Article } from '../../schemas/article';
import { PageError } from './read-page';

/** An article as the reader shows it: its frontmatter, and its text block by block (paragraphs and headings, in order). */
export interface ArticleText {
	id: string;
	data: Article;
	/** The text of each top-level block, as the anchoring sees it. */
	blocks: string[];
	content: LoadedContent;
}

/** The text of each top-level block of a rendered article (paragraphs and headings), without the reader's controls. */
export function blockTexts(tree: Root): string[] {
	const out: string[] = [];
	const text = (node: Root['children'][number]): string => {
		if (node.type === 'text') return node.value;
		if (node.type !== 'element' || node.properties.dataFurniture !== undefined) return '';
		return node.children.map((c) => text(c as Root['children'][number])).join('');
	};
	for (const node of tree.children) if (node.type === 'element') out.push(text(node));
	return out;
}

/**
 * Reads one article of a content folder the way the build does (the same
 * loader, the same Markdown options, the same rehype transforms), so what the
 * capture tools quote is what the build anchors in. Throws `PageError` for an
 * unknown id or an article whose frontmatter fails its check.
 */
export async function articleText(contentRoot: string, id: string, display: (path: string) => string = (p) => p): Promise<ArticleText> {
	const content = loadContent(contentRoot, display);
	const article = content.articles.find((a) => a.id === id);
	if (!article) {
		const broken = content.bodies.some((b) => b.id === id);
		throw new PageError(broken ? `The article \`${id}\` has problems in its frontmatter; run \`npm run check:content\` and fix them first.` : `No article \`${id}\` in ${display(contentRoot)}. Known articles: ${listIds(content.bodies.map((b) => b.id), id)}.`);
	}
	const markdown = await createMarkdownProcessor({ ...sourceMarkdownOptions('collect'), syntaxHighlight: false });
	const { tree } = await renderArticleTree((await markdown.render(article.body)).code);
	return { id, data: article.data, blocks: blockTexts(tree), content };
}
