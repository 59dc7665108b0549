import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkSourceText, type SourceProblem } from '../../plugins/remark-source-text';
import type { ContentProblem } from '../corpus/content-problems';
import { checkEditorialRules } from '../corpus/editorial-rules';
import { sourceMarkdownOptions } from '../markdown/options';
import { renderArticleHtml } from '../anchoring/render-article';
import { resolveClaims } from '../corpus/resolve-claims';
import { resolveStories } from '../corpus/stories';
import { QuoteAnchorError } from '../../plugins/rehype-anchor-quotes';
import { type LoadedContent, loadContent } from './load-content';

export interface CheckResult {
	content: LoadedContent;
	problems: ContentProblem[];
}

/**
 * Checks a whole content folder before Astro runs, and lists every problem of
 * every kind at once: folders, file names, YAML, schemas, raw HTML and unsafe
 * addresses in bodies, datelines, ids and references, the editorial rules,
 * and whether every quote anchors on whole words. Nothing is written.
 */
export async function checkContent(root: string, display?: (path: string) => string): Promise<CheckResult> {
	const content = loadContent(root, display);
	const problems = [...content.problems];
	const failedFiles = new Set(content.problems.map((p) => p.file));
	const idOf = (file: string) => file.split(/[\\/]/).at(-1)!.replace(/\.(md|ya?ml)$/, '');
	const { claims, problems: refProblems } = resolveClaims({
		articles: content.articles,
		events: content.events,
		entities: content.entities,
		entitiesFile: content.entitiesFile,
		entitiesKnown: content.entitiesKnown,
		// A file with its own problems still exists: references to it are not errors too.
		alsoKnown: {
			articles: [...failedFiles].filter((f) => /[\\/]articles[\\/]/.test(f)).map(idOf),
			events: [...failedFiles].filter((f) => /[\\/]events[\\/]/.test(f)).map(idOf),
		},
	});
	problems.push(...refProblems);
	if (!refProblems.length) problems.push(...checkEditorialRules(content.events, claims));
	const failedStories = [...failedFiles].some((f) => /[\\/]stories[\\/]/.test(f));
	if (!failedStories) {
		const events = [...content.events].sort((a, b) => a.data.when.date.localeCompare(b.data.when.date) || a.id.localeCompare(b.id));
		problems.push(...resolveStories({ stories: content.stories, events, articles: content.articles.map((a) => a.id), claims, storiesFolder: content.storiesFolder }).problems);
	}

	const markdown = await createMarkdownProcessor({ ...sourceMarkdownOptions('collect'), syntaxHighlight: false });
	const byArticle = Map.groupBy(claims, (claim) => claim.article);
	const frontmatter = new Map(content.articles.map((article) => [article.id, article.data]));
	for (const article of content.bodies) {
		const dateline = frontmatter.get(article.id)?.dateline;
		if (dateline && !article.body.trimStart().startsWith(dateline)) {
			problems.push({ file: article.file, line: article.bodyLine, field: 'dateline', message: `Expected the text to start with the dateline ${JSON.stringify(dateline)}, but it starts ${JSON.stringify(article.body.trimStart().slice(0, 40))}. Copy the dateline exactly as printed, or remove \`dateline\`.` });
		}
		const rendered = await markdown.render(article.body);
		// The renderer does not hand back its VFile, so the body's markup is found on its own parse, with lines.
		for (const found of await sourceProblemsOf(article.body)) {
			problems.push({ file: article.file, line: article.bodyLine + found.line - 1, field: '(text)', article: article.id, message: found.message });
		}
		const own = byArticle.get(article.id) ?? [];
		if (!own.length) continue;
		try {
			await renderArticleHtml(rendered.code, {
				anchors: own.map((claim) => ({ key: claim.ref, id: claim.id, quote: { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix, partialWords: claim.partialWords }, properties: {} })),
			});
		} catch (error) {
			if (!(error instanceof QuoteAnchorError)) throw error;
			const byRef = new Map(own.map((claim) => [claim.ref, claim]));
			for (const problem of error.problems) {
				const claim = byRef.get(problem.key)!;
				problems.push({ file: claim.file, field: `${claim.field}.quote`, article: article.id, message: problem.message });
			}
		}
	}
	// Problems found on the resolved data name a field; find its line in the file.
	return { content, problems: problems.map((p) => (p.line === undefined ? { ...p, line: content.lineOf(p.file, p.field) } : p)) };
}

/** Raw HTML and unsafe addresses in a Markdown body, with their lines in the body. */
async function sourceProblemsOf(body: string): Promise<SourceProblem[]> {
	const file = new VFile(body);
	const processor = unified().use(remarkParse).use(remarkSourceText, { mode: 'collect' });
	await processor.run(processor.parse(file), file);
	return file.data.sourceProblems ?? [];
}
