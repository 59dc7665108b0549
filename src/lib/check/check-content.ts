import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { resolve } from 'node:path';
import type { SourceProblem } from '../../plugins/remark-source-text';
import type { ContentProblem } from '../corpus/content-problems';
import { checkEditorialRules } from '../corpus/editorial-rules';
import { checkQuoteExtent } from '../corpus/quote-rules';
import { checkOwnVoice } from '../corpus/voice-rules';
import { sourceMarkdownOptions } from '../markdown/options';
import { signalSource } from '../corpus/claim-signals';
import { type ArticleRendering, handOff, renderCorpus } from '../corpus/render-corpus';
import type { RenderCache } from '../build/render-cache';
import { claimNotes } from '../corpus/claim-note';
import { searchRecords } from '../export/search-records';
import { resolveClaims } from '../corpus/resolve-claims';
import { byWhen, eventNumbers, type ResolvedStory, resolveStories } from '../corpus/stories';
import { type LoadedContent, loadContent } from './load-content';
import { blockquoteDepthProblem } from './markdown-depth';

/** What a Markdown pass gives for one body: its HTML, and its raw HTML and unsafe addresses with their lines. */
export interface MarkdownResult {
	code: string;
	problems: SourceProblem[];
}

/** Caches of earlier builds' work, by a hash of its inputs and of Parallax's code. */
export interface CheckCaches {
	markdown?: RenderCache<MarkdownResult> | undefined;
	render?: RenderCache<ArticleRendering> | undefined;
}

export interface CheckResult {
	content: LoadedContent;
	problems: ContentProblem[];
}

/**
 * Checks a whole content folder before Astro runs, and lists every problem of
 * every kind at once: folders, file names, YAML, schemas, raw HTML and unsafe
 * addresses in bodies, datelines, ids and references, the editorial rules,
 * and whether every quote anchors on whole words. Nothing is written, but
 * to `caches` when given (the build's: `src/lib/build/render-cache.ts`): each
 * article's Markdown HTML with the problems found in it, and its rendering.
 */
export async function checkContent(folder: string, display?: (path: string) => string, base = '/', caches: CheckCaches = {}): Promise<CheckResult> {
	const root = resolve(folder);
	const content = loadContent(root, display);
	const problems = [...content.problems];
	const failedFiles = new Set(content.problems.map((p) => p.file));
	const idOf = (file: string) => file.split(/[\\/]/).at(-1)!.replace(/\.(md|ya?ml)$/, '');
	// A file with its own problems still exists: references to it are not errors too.
	const failedIn = (folder: string) => [...failedFiles].filter((f) => new RegExp(`(?:^|[\\\\/])${folder}[\\\\/]`).test(f)).map(idOf);
	const alsoKnown = { articles: failedIn('articles'), events: failedIn('events') };
	const { claims, problems: refProblems } = resolveClaims({
		articles: content.articles,
		events: content.events,
		entities: content.entities,
		entitiesFile: content.entitiesFile,
		entitiesKnown: content.entitiesKnown,
		articlesKnown: content.articlesKnown,
		alsoKnown,
	});
	problems.push(...refProblems);
	if (!refProblems.length) problems.push(...checkEditorialRules(content.events, claims));
	const failedStories = failedIn('stories').length > 0;
	const eventsInOrder = [...content.events].sort(byWhen);
	let stories: ResolvedStory[] = [];
	if (!failedStories) {
		const resolved = resolveStories({ stories: content.stories, events: eventsInOrder, articles: content.articles.map((a) => a.id), claims, storiesFolder: content.storiesFolder, alsoKnown, articlesKnown: content.articlesKnown });
		problems.push(...resolved.problems);
		if (!resolved.problems.length) stories = resolved.stories;
	}
	if (!refProblems.length) problems.push(...checkOwnVoice({ events: content.events, stories, entities: content.entities, entitiesFile: content.entitiesFile, claims, articles: content.articles }));

	// One Markdown pass per article: its HTML, and its raw HTML and unsafe addresses with their lines.
	const sink: { problems: SourceProblem[] } = { problems: [] };
	const markdown = await createMarkdownProcessor({ ...sourceMarkdownOptions('collect', sink), syntaxHighlight: false });
	const frontmatter = new Map(content.articles.map((article) => [article.id, article.data]));
	const htmlOf = new Map<string, string>();
	// Articles whose Markdown could not be read: their claims are not anchored, so that one cause is reported once.
	const unreadable = new Set<string>();
	for (const article of content.bodies) {
		const dateline = frontmatter.get(article.id)?.dateline;
		// Canonically equivalent text is the same text (NFC), as in anchoring.
		if (dateline && !article.body.trimStart().normalize('NFC').startsWith(dateline.normalize('NFC'))) {
			problems.push({ file: article.file, line: article.bodyLine, field: 'dateline', message: `Expected the text to start with the dateline ${JSON.stringify(dateline)}, but it starts ${JSON.stringify(article.body.trimStart().slice(0, 40))}. Copy the dateline exactly as printed, or remove \`dateline\`.` });
		}
		const deep = blockquoteDepthProblem(article.body);
		if (deep) {
			problems.push({ file: article.file, line: article.bodyLine + deep.line - 1, field: '(text)', article: article.id, message: deep.message });
			unreadable.add(article.id);
			continue;
		}
		const key = caches.markdown?.key(article.body);
		let done = key === undefined ? undefined : caches.markdown!.get(key);
		if (!done) try {
			sink.problems = [];
			done = { code: (await markdown.render(article.body)).code, problems: sink.problems };
			if (key !== undefined) caches.markdown!.set(key, done);
		} catch (error) {
			// The Markdown libraries walk their trees recursively; markup nested past what they can walk (such as
			// thousands of nested list markers) stops them. That is this file's problem, not a crash of the build.
			if (!(error instanceof RangeError) && !String((error as Error)?.message).includes('Maximum call stack')) throw error;
			problems.push({ file: article.file, line: article.bodyLine, field: '(text)', article: article.id, message: 'Expected the text of a news article, but its Markdown is nested too deeply to read (lists, quotes or emphasis inside one another, thousands of levels deep). Remove the nesting; a source\'s text needs at most a few levels.' });
			unreadable.add(article.id);
			continue;
		}
		htmlOf.set(article.id, done.code);
		for (const found of done.problems) {
			problems.push({ file: article.file, line: article.bodyLine + found.line - 1, field: '(text)', article: article.id, message: found.message });
		}
	}

	// Anchor every claim as the pages will, with the stories' event numbers when the stories are sound.
	const numbers = eventNumbers(stories);
	const titles = new Map(eventsInOrder.map((e) => [e.id, e.data.title]));
	const entities = new Map(content.entities.map((e) => [e.id, e.data]));
	const rendered = await renderCorpus({
		articles: content.bodies.filter((a) => !unreadable.has(a.id)).map((a) => ({ id: a.id, html: htmlOf.get(a.id) ?? '', language: frontmatter.get(a.id)?.language ?? 'und' })),
		claims,
		notes: claimNotes({
			claims,
			signals: signalSource({ claims, events: content.events, articles: content.articles }),
			entities,
			eventTitle: (id) => titles.get(id) ?? id,
			eventPath: (id) => `${base}events/${id}/`,
			eventNumber: (id) => numbers.get(id) ?? 0,
		}),
		stories,
		entities,
		cache: caches.render,
	});
	const byRef = new Map(claims.map((claim) => [claim.ref, claim]));
	for (const { article, problem } of rendered.problems) {
		const claim = byRef.get(problem.key)!;
		problems.push({ file: claim.file, field: `${claim.field}.quote`, article, message: problem.message });
	}
	// An article with problems of its own (raw HTML, frontmatter) will change when they are fixed: its quotes' extent is judged then, not now.
	const troubled = new Set(content.bodies.filter((b) => problems.some((p) => p.file === b.file)).map((b) => b.id));
	problems.push(...checkQuoteExtent({ claims: claims.filter((c) => !troubled.has(c.article)), anchored: rendered.anchored, text: rendered.text, language: new Map(content.articles.map((a) => [a.id, a.data.language])) }));
	if (problems.length === 0) {
		const records = searchRecords({ base, articles: content.articles, claims, rendered, stories, eventTitle: (id) => titles.get(id) ?? id, entities });
		handOff({ root, base, markdown: htmlOf, rendered, searchRecords: records, content });
	}

	// Problems found on the resolved data name a field; find its line in the file.
	return { content, problems: problems.map((p) => (p.line === undefined ? { ...p, line: content.lineOf(p.file, p.field) } : p)) };
}

