import { existsSync, statSync } from 'node:fs';
import type { z } from 'astro/zod';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type Article, ArticleSchema } from '../../schemas/article';
import { type Entity, EntitySchema } from '../../schemas/entity';
import { type Event, EventSchema } from '../../schemas/event';
import { type Story, StorySchema } from '../../schemas/story';
import type { ContentProblem } from '../corpus/content-problems';
import { MAX_ARTICLE_BYTES, MAX_DATA_FILE_BYTES } from '../limits';
import { isPresent, listContentFiles, readContentFile, realContentRoot } from './content-files';
import { limitProblems } from './data-limits';
import { textCharacterProblems } from './text-characters';
import { parseYamlSource, schemaProblems, type YamlSource } from './yaml-source';

/** One article as read from disk, before Astro: its frontmatter, its body and where the body starts. */
export interface LoadedArticle {
	id: string;
	/** The file, as messages show it. */
	file: string;
	/** The file, absolute. */
	path: string;
	data: Article;
	body: string;
	/** The line of the file the body's first line is on. */
	bodyLine: number;
}

export interface LoadedContent {
	articles: LoadedArticle[];
	/** The body of every article file, including those whose frontmatter failed, so their text is checked too. */
	bodies: Omit<LoadedArticle, 'data' | 'path'>[];
	events: { id: string; file: string; path: string; data: Event }[];
	stories: { id: string; file: string; path: string; data: Story }[];
	/** Where story files go, for messages. */
	storiesFolder: string;
	entities: { id: string; data: Entity }[];
	entitiesFile: string;
	/** False when `entities.yaml` could not be read: checks that need the entities are skipped, not reported as false errors. */
	entitiesKnown: boolean;
	/** False when the `articles/` folder itself was refused (a link or a special file): references to articles are then not checked, so no false errors follow. */
	articlesKnown: boolean;
	problems: ContentProblem[];
	/** The line of a field such as `claims[2].quote` in a file that was read, when it can be found. */
	lineOf(file: string, field: string): number | undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function idProblem(file: string, name: string, kind: string): ContentProblem | undefined {
	if (SLUG.test(name)) return undefined;
	const suggestion = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	return {
		file,
		field: '(file name)',
		message: `Expected the file name to be ${kind} id of lower-case letters, digits and single hyphens, but found \`${name}\`. The file name is the id used in URLs and references: rename the file${suggestion ? ` to \`${suggestion}\`` : ''}.`,
	};
}

/**
 * Reads a content folder the way Astro's loaders will, but keeps every line
 * number and reports every problem of every file at once: missing folders,
 * file names that are not ids, YAML errors, unquoted dates and schema errors.
 */
export function loadContent(root: string, shown: (path: string) => string = (path) => path): LoadedContent {
	const problems: ContentProblem[] = [];
	// Links in the root's own path are resolved once; nothing beneath it may be a link (see content-files.ts).
	const real = realContentRoot(root);
	// Messages name files under the root as it was given.
	const display = (path: string) => shown(path === real || path.startsWith(real + sep) ? join(root, relative(real, path)) : path);
	const refusedFolders = new Set<string>();
	const listFiles = (folder: string, extensions: readonly string[]) => {
		const listing = listContentFiles(real, folder, extensions, display);
		problems.push(...listing.problems);
		if (listing.problems.some((p) => p.field === '(folder)' && p.file === display(join(real, folder)))) refusedFolders.add(folder);
		return listing.files;
	};
	/** A file's text (read at its real path), or `undefined` after its problem (a link, a special file, too large, not UTF-8) is recorded. */
	const readText = (path: string, maxBytes: number) => {
		const read = readContentFile(join(real, relative(root, path)), display, maxBytes);
		if (read.problem) problems.push(read.problem);
		return read.text;
	};
	const articles: LoadedArticle[] = [];
	const bodies: LoadedContent['bodies'] = [];
	const events: LoadedContent['events'] = [];
	const stories: LoadedContent['stories'] = [];
	const storiesFolder = display(join(root, 'stories'));
	const entities: LoadedContent['entities'] = [];
	const entitiesPath = join(root, 'entities.yaml');
	const entitiesFile = display(entitiesPath);
	let entitiesKnown = true;
	const sources = new Map<string, YamlSource>();
	const lineOf = (file: string, field: string) => {
		const path = [...field.matchAll(/([A-Za-z_][\w-]*)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
		return sources.get(file)?.lineOf(path);
	};

	if (!existsSync(root) || !statSync(root).isDirectory()) {
		problems.push({ file: shown(root), field: '(folder)', message: `The content folder does not exist. Set \`PARALLAX_CONTENT\` to a folder with \`articles/\`, \`events/\` and \`entities.yaml\`, or leave it unset to use \`content/\`.` });
		return { articles, bodies, events, stories, storiesFolder, entities, entitiesFile, entitiesKnown: false, articlesKnown: false, problems, lineOf };
	}

	const before = problems.length;
	const articleFiles = listFiles('articles', ['.md']);
	if (articleFiles.length === 0 && problems.length === before) {
		problems.push({ file: display(join(root, 'articles')), field: '(folder)', message: `Expected at least one article (\`articles/<id>.md\`), but found ${existsSync(join(root, 'articles')) ? 'none' : 'no `articles/` folder'}. Check \`PARALLAX_CONTENT\`, or add an article.` });
	}
	for (const name of articleFiles) {
		const path = join(root, 'articles', name);
		const file = display(path);
		const id = name.replace(/\.md$/, '');
		const bad = idProblem(file, id, 'an article');
		if (bad) problems.push(bad);
		const text = readText(path, MAX_ARTICLE_BYTES);
		if (text === undefined) continue;
		const match = FRONTMATTER.exec(text);
		if (!match) {
			problems.push({ file, line: 1, field: '(frontmatter)', message: 'Expected the file to start with frontmatter between two `---` lines, but found none. Put the article\'s fields between `---` lines at the top, then its text.' });
			continue;
		}
		const source = parseYamlSource(match[1]!, file, 1);
		// So a problem found later on the parsed frontmatter (an editor's note) names its line too.
		sources.set(file, source);
		problems.push(...source.problems);
		const body = text.slice(match[0].length);
		const bodyLine = match[0].split('\n').length;
		problems.push(...textCharacterProblems(body, file, '(text)', bodyLine - 1));
		bodies.push({ id, file, body, bodyLine });
		if (source.data === undefined) continue;
		const oversized = limitProblems(source.data, source, file);
		if (oversized.length) {
			problems.push(...oversized);
			continue;
		}
		const skip = new Set(source.problems.map((p) => p.field));
		const parsed = ArticleSchema.safeParse(source.data ?? {});
		if (!parsed.success) {
			problems.push(...schemaProblems(source, file, parsed.error.issues, [], skip));
			continue;
		}
		if (bad) continue;
		articles.push({ id, file, path, data: parsed.data, body, bodyLine });
	}

	// No entities file is a corpus without named entities yet; events that name one are then reported.
	const entitiesText = isPresent(entitiesPath) ? readText(entitiesPath, MAX_DATA_FILE_BYTES) : undefined;
	if (isPresent(entitiesPath) && entitiesText === undefined) entitiesKnown = false;
	if (entitiesText !== undefined) {
		const source = parseYamlSource(entitiesText, entitiesFile);
		sources.set(entitiesFile, source);
		problems.push(...source.problems);
		const oversized = source.data === undefined ? [] : limitProblems(source.data, source, entitiesFile);
		problems.push(...oversized);
		if (source.data === undefined || oversized.length) entitiesKnown = false;
		else if (!Array.isArray(source.data)) {
			problems.push({ file: entitiesFile, line: 1, field: '(top level)', message: 'Expected a list of entities (`- id: …`), but found something else. Write each entity as a list item.' });
			entitiesKnown = false;
		} else {
			const seen = new Map<string, number>();
			source.data.forEach((item: unknown, index: number) => {
				const parsed = EntitySchema.safeParse(item);
				if (!parsed.success) {
					problems.push(...schemaProblems(source, entitiesFile, parsed.error.issues, [index]).map((p) => ({ ...p, field: `[${index}].${p.field}` })));
					// An entity that fails its schema still counts as known, so events naming it get no false errors.
					const id = (item as { id?: unknown } | null)?.id;
					if (typeof id === 'string') entities.push({ id, data: { id, name: id, kind: 'person', variants: [] } });
					return;
				}
				const earlier = seen.get(parsed.data.id);
				if (earlier !== undefined) {
					problems.push({ file: entitiesFile, line: source.lineOf([index, 'id']), field: `[${index}].id`, message: `Duplicate entity id \`${parsed.data.id}\`: entity [${earlier}] (line ${source.lineOf([earlier, 'id'])}) already has it. Merge the two, or give one another id.` });
					return;
				}
				seen.set(parsed.data.id, index);
				entities.push({ id: parsed.data.id, data: parsed.data });
			});
		}
	}

	/** Reads every YAML file of a folder as one entry of `schema`, its file name being its id. */
	const readFolder = <T>(folder: string, kind: string, schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } } }) => {
		const entries: { id: string; file: string; path: string; data: T }[] = [];
		const fileOfId = new Map<string, string>();
		for (const name of listFiles(folder, ['.yaml', '.yml'])) {
			const path = join(root, folder, name);
			const file = display(path);
			const id = name.replace(/\.ya?ml$/, '');
			const bad = idProblem(file, id, kind);
			if (bad) problems.push(bad);
			const twin = fileOfId.get(id);
			if (twin !== undefined) {
				problems.push({ file, field: '(file name)', message: `Expected one file per id, but \`${twin}\` and \`${name}\` both give ${kind} the id \`${id}\`. Keep one of them: merge the two files, or rename one.` });
				continue;
			}
			fileOfId.set(id, name);
			const text = readText(path, MAX_DATA_FILE_BYTES);
			if (text === undefined) continue;
			const source = parseYamlSource(text, file);
			sources.set(file, source);
			problems.push(...source.problems);
			if (source.data === undefined) continue;
			const oversized = limitProblems(source.data, source, file);
			if (oversized.length) {
				problems.push(...oversized);
				continue;
			}
			const parsed = schema.safeParse(source.data ?? {});
			if (!parsed.success) {
				problems.push(...schemaProblems(source, file, parsed.error.issues, [], new Set(source.problems.map((p) => p.field))));
				continue;
			}
			if (!bad) entries.push({ id, file, path, data: parsed.data });
		}
		return entries;
	};
	events.push(...readFolder<Event>('events', 'an event', EventSchema));
	stories.push(...readFolder<Story>('stories', 'a story', StorySchema));
	return { articles, bodies, events, stories, storiesFolder, entities, entitiesFile, entitiesKnown, articlesKnown: !refusedFolders.has('articles'), problems, lineOf };
}

/**
 * Paths in messages, as the user would type them where they ran the command:
 * relative to that folder (`INIT_CWD`, which npm sets to it; `npm run` itself
 * runs in the project), or absolute when the file lies outside it.
 */
export function displayFrom(cwd: string = process.env.INIT_CWD ?? process.cwd()): (path: string) => string {
	return (path) => {
		const shown = relative(cwd, path);
		if (shown === '') return '.';
		return shown.startsWith('..') || isAbsolute(shown) ? resolve(path) : shown;
	};
}
