import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadContent } from '../check/load-content';
import { ContentError } from './content-problems';
import { handoffFor, type ParsedContent } from './render-corpus';

/** The four collections of a content folder. */
export type CollectionName = 'articles' | 'events' | 'entities' | 'stories';

/**
 * Reads the content folder with Parallax's own reader (`loadContent`), when
 * the content check has not already done so in this process (`npm run dev`,
 * `astro sync`). Its problems are Parallax's messages, never a parser's.
 */
function readContent(root: string): ParsedContent {
	const content = loadContent(root);
	if (content.problems.length) throw new ContentError(content.problems);
	return content;
}

async function storeCollection(name: CollectionName, content: ParsedContent, markdown: ReadonlyMap<string, string> | undefined, context: LoaderContext): Promise<void> {
	const { store, parseData, generateDigest } = context;
	store.clear();
	// Astro keeps an entry's file relative to the project (https://docs.astro.build/en/reference/content-loader-reference/#filepath).
	const projectRoot = fileURLToPath(context.config.root);
	const filePath = (path: string) => relative(projectRoot, path).split(sep).join('/');
	if (name === 'articles') {
		for (const article of content.articles) {
			const data = await parseData({ id: article.id, data: article.data, filePath: filePath(article.path) });
			const html = markdown?.get(article.id) ?? (await context.renderMarkdown(article.body)).html;
			store.set({ id: article.id, data, body: article.body, filePath: filePath(article.path), digest: generateDigest(`${article.file}\n${article.body}\n${JSON.stringify(article.data)}`), rendered: { html } });
		}
		return;
	}
	const entries: readonly { id: string; path?: string; data: object }[] = content[name];
	for (const entry of entries) {
		const file = entry.path === undefined ? undefined : filePath(entry.path);
		const data = await parseData({ id: entry.id, data: { ...entry.data }, ...(file ? { filePath: file } : {}) });
		store.set({ id: entry.id, data, ...(file ? { filePath: file } : {}), digest: generateDigest(JSON.stringify(entry.data)) });
	}
}

/**
 * A collection loader that never parses a file itself: in a build it stores
 * what the content check read, parsed and validated in this process
 * (`src/integrations/parallax-build.ts` runs the check before Astro reads
 * content), so every file is read and parsed once, by one parser. Without a
 * check (`npm run dev`), it reads the folder with the same reader, and reloads
 * when a file in it changes. Each load replaces the whole collection, so
 * entries of another content folder left in Astro's cache never linger.
 */
export function parallaxLoader(name: CollectionName, contentRoot: string, base: string): Loader {
	return {
		name: `parallax-${name}`,
		load: async (context) => {
			const root = resolve(contentRoot);
			const handoff = handoffFor(root, base);
			await storeCollection(name, handoff?.content ?? readContent(root), handoff?.markdown, context);
			if (!handoff && context.watcher) {
				const watcher = context.watcher;
				watcher.add(root);
				const reload = (path: string) => {
					if (!resolve(path).startsWith(root + sep)) return;
					storeCollection(name, readContent(root), undefined, context).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
				};
				watcher.on('change', reload).on('add', reload).on('unlink', reload);
			}
		},
	};
}
