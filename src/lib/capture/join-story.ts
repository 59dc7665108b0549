import { constants, existsSync, openSync, readFileSync, writeFileSync, closeSync } from 'node:fs';
import { SlugSchema } from '../../schemas/slug';
import { contentLinkProblems } from '../check/content-files';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';

/**
 * Adds an article to a story's `articles` list, keeping the file's comments
 * and layout, and says what it did. A story that does not exist yet is not
 * written (a story needs at least one event): a ready file is returned to
 * paste once the first event exists. A story id that is not an id, or a
 * content folder with a link in it, is refused (`Error` with the message):
 * the import writes nothing outside the content folder.
 */
export function joinStory(contentRoot: string, storyId: string, articleId: string, display: (path: string) => string): string {
	const id = SlugSchema.safeParse(storyId);
	if (!id.success) throw new Error(`--story: ${id.error.issues[0]!.message}`);
	const links = contentLinkProblems(contentRoot, display);
	if (links.length) throw new Error(`${links[0]!.file}: ${links[0]!.message} The story was not changed.`);
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
	// Opened without following a link, so a link swapped in after the check is not written through either.
	const fd = openSync(path, constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW);
	try {
		writeFileSync(fd, doc.toString({ flowCollectionPadding: false }));
	} finally {
		closeSync(fd);
	}
	return `Added \`${articleId}\` to the story's sources in ${display(path)}.`;
}
