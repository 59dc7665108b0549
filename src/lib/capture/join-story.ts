import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';

/**
 * Adds an article to a story's `articles` list, keeping the file's comments
 * and layout, and says what it did. A story that does not exist yet is not
 * written (a story needs at least one event): a ready file is returned to
 * paste once the first event exists.
 */
export function joinStory(contentRoot: string, storyId: string, articleId: string, display: (path: string) => string): string {
	const path = join(contentRoot, 'stories', `${storyId}.yaml`);
	if (!existsSync(path)) {
		return [
			`No story \`${storyId}\` yet (${display(path)}). A story needs at least one event; once you have one, save this as ${display(path)}:`,
			'',
			'title: "<a short neutral title>"',
			'summary: "<two or three neutral sentences: who reports what>"',
			'events:',
			'  - <event-id>',
			'articles:',
			`  - ${articleId}`,
		].join('\n');
	}
	const doc = parseDocument(readFileSync(path, 'utf8'));
	if (doc.errors.length) return `${display(path)} is not valid YAML, so \`${articleId}\` was not added; run \`npm run check:content\`.`;
	const list = doc.get('articles');
	if (isSeq(list) && list.items.some((item) => String((item as { value?: unknown }).value ?? item) === articleId)) return `\`${articleId}\` is already in story \`${storyId}\`.`;
	if (isSeq(list)) list.add(articleId);
	else doc.set('articles', doc.createNode([articleId]));
	writeFileSync(path, doc.toString({ flowCollectionPadding: false }));
	return `Added \`${articleId}\` to the story's sources in ${display(path)}.`;
}
