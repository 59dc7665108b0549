import { basename } from 'node:path';
import { type Article, ArticleSchema } from '../../schemas/article';
import { isLanguageTag } from '../../schemas/language';
import type { PublicationDate } from '../../schemas/publication-date';
import type { RemovedFurniture } from '../../schemas/removed-furniture';
import { articleFileText, type FieldNotes, outletSlug } from './article-file';
import { datelineOf } from './dateline';
import { markdownBody } from './markdown-body';
import { type PageMetadata, pageMetadata, type Stated } from './page-metadata';
import { pageText, type TextBlock } from './page-text';
import { fullDateIn, statedDate } from './publication-date';
import { PageError, readPage } from './read-page';

/** What the editor gives on the command line, for what the page does not state (or to correct it). */
export interface ImportOptions {
	/** The article's id (file name); defaults to `<outlet>-<date>`. */
	id?: string | undefined;
	outlet?: string | undefined;
	url?: string | undefined;
	language?: string | undefined;
	/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; recorded as `inferred` with `dateNote`. */
	date?: string | undefined;
	/** How the editor knows the date; required with `date`. */
	dateNote?: string | undefined;
	/** How to name the page in messages, such as the path as typed. */
	display?: string | undefined;
}

export interface ImportResult {
	/** The article's id: its file name without `.md`. */
	id: string;
	/** The whole file: frontmatter and body. */
	text: string;
	article: Article;
	blocks: TextBlock[];
	/** Short lines for the editor to check: what was left out, what the page did not state, where its sources disagree. */
	review: string[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function given(value: string | undefined, flag: string): Stated | undefined {
	return value === undefined ? undefined : { value, from: `given at import (\`${flag}\`)` };
}

/**
 * Turns a saved page (or a plain-text file) into an article file: the text
 * verbatim, block for block (Mozilla Readability on jsdom), the boxes inside
 * it listed in `removed`, and the metadata the page states, each field with
 * where it came from. What the page does not state and the editor did not
 * give is never guessed: the import stops and names the option to pass.
 * Throws `PageError` with every missing piece at once.
 */
export function importPage(path: string, options: ImportOptions = {}): ImportResult {
	const display = options.display ?? path;
	const page = readPage(path, display);
	const review: string[] = [];
	let meta: PageMetadata = { disagreements: [] };
	let blocks: TextBlock[];
	let removed: RemovedFurniture[] = [];
	if (page.kind === 'html') {
		const document = page.dom.window.document;
		meta = pageMetadata(document, page.html);
		({ blocks, removed } = pageText(document, meta.headline?.value));
		// A page of links and buttons gives Readability a few words; an article has sentences.
		if (blocks.reduce((n, b) => n + b.text.length, 0) < 80) throw new PageError(`${display}: no article text found in this page (Mozilla Readability found no body of paragraphs). Check that the file is the saved article, not an index or a login page; or copy the text into a .txt file and import that.`);
	} else {
		blocks = page.paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
		if (blocks.length === 0) throw new PageError(`${display}: the file holds no text.`);
	}
	review.push(...meta.disagreements.map((d) => `The page disagrees with itself on ${d}`));

	// The date: the page's metadata, else a line of the text that is only a date (removed as metadata), else the editor's.
	let published: PublicationDate | undefined = meta.published ? statedDate(meta.published) : undefined;
	if (meta.published && !published) review.push(`The page's date ${JSON.stringify(meta.published.value)} (${meta.published.from}) gives no full date; it was not used.`);
	if (!published && !options.date) {
		const at = blocks.slice(0, 3).findIndex((b) => {
			const found = fullDateIn(b.text);
			return found !== undefined && found.words.length >= b.text.replace(/^(published|updated|posted|publicado|опубликовано)\s*:?\s*/i, '').length - 2;
		});
		if (at >= 0) {
			const line = blocks[at]!.text;
			published = { date: fullDateIn(line)!.date, precision: 'day', basis: 'stated', note: `The date line ${JSON.stringify(line)} printed above the text; the page has no date in its metadata.` };
			removed.push({ text: line, kind: 'metadata', position: at === 0 ? 'before paragraph 1' : `after paragraph ${blocks.slice(0, at).filter((b) => b.kind === 'paragraph').length}`, reason: 'A date line, not article text. Its date is recorded as the publication date.' });
			blocks = blocks.filter((_, i) => i !== at);
		}
	}
	if (options.date) {
		const precision = /^\d{4}-\d{2}-\d{2}$/.test(options.date) ? 'day' : /^\d{4}-\d{2}$/.test(options.date) ? 'month' : /^\d{4}$/.test(options.date) ? 'year' : undefined;
		if (!precision) throw new PageError(`--date ${JSON.stringify(options.date)}: expected \`YYYY-MM-DD\`, \`YYYY-MM\` or \`YYYY\`.`);
		if (!options.dateNote) throw new PageError('--date needs --date-note "<how you know the date>": an inferred date is shown as inferred, with its reason.');
		if (published) review.push(`The page states the date ${published.date} (${published.note}); --date ${options.date} replaces it.`);
		published = { date: options.date, precision, basis: 'inferred', note: `Given at import: ${options.dateNote}` };
	}

	const outlet = given(options.outlet, '--outlet') ?? meta.outlet;
	const url = given(options.url, '--url') ?? meta.url;
	const language = given(options.language, '--language') ?? meta.language;
	const missing: string[] = [];
	if (!published) {
		const dateline = datelineOf(blocks[0]?.text ?? '');
		missing.push(`the publication date: the page states none${dateline ? ` (its dateline ${JSON.stringify(dateline)} gives no full date)` : ''}. Pass --date YYYY-MM-DD --date-note "<how you know it>" (recorded as inferred).`);
	}
	if (!outlet) missing.push('the outlet: the page has no JSON-LD `publisher.name` and no `og:site_name`. Pass --outlet "<name>".');
	if (!url) missing.push('the address of the original: the page has no canonical link, `og:url`, JSON-LD `url` or "saved from" comment. Pass --url https://….');
	if (!language) missing.push('the language: the page has no `<html lang>`, JSON-LD `inLanguage` or `og:locale`. Pass --language <BCP 47 tag, such as en>.');
	else if (!isLanguageTag(language.value)) missing.push(`the language: ${language.from} gives ${JSON.stringify(language.value)}, which is no BCP 47 tag. Pass --language <tag, such as en>.`);
	if (options.id === undefined && outlet && published && !outletSlug(outlet.value) && !url) missing.push(`an id: the outlet's name ${JSON.stringify(outlet.value)} has no Latin letters for a file name. Pass --id <outlet>-<date>.`);
	if (missing.length) throw new PageError(`${display}: cannot import without ${missing.length === 1 ? missing[0] : `these:\n${missing.map((m) => `  - ${m}`).join('\n')}`}`);

	const slug = outletSlug(outlet!.value) || outletSlug(new URL(url!.value, 'https://x.invalid').hostname.replace(/^(www|amp|m)\./, '').split('.')[0] ?? '');
	const id = options.id ?? `${slug}-${published!.date}`;
	if (!SLUG.test(id)) throw new PageError(`--id ${JSON.stringify(id)}: expected lower-case letters, digits and single hyphens, such as \`harbour-courier-2025-03-14\`.`);

	const body = markdownBody(blocks);
	const firstLine = blocks[0]?.kind === 'paragraph' ? blocks[0].text : '';
	const dateline = datelineOf(firstLine);
	const article: Article = {
		title: meta.headline ? { text: meta.headline.value, basis: 'stated', note: `${meta.headline.from.charAt(0).toUpperCase()}${meta.headline.from.slice(1)}.` } : { basis: 'unknown', note: page.kind === 'html' ? 'The page states no headline: no JSON-LD `headline`, no `og:title`, no `<h1>`.' : 'Imported from plain text, which carries no headline.' },
		outlet: { name: outlet!.value },
		url: url!.value,
		published: published!,
		...(dateline && body.startsWith(dateline) ? { dateline } : {}),
		language: language!.value,
		...(meta.author ? { author: meta.author.value } : {}),
		removed,
	};
	const checked = ArticleSchema.safeParse(article);
	if (!checked.success) throw new PageError(`${display}: the page's metadata does not make a valid article: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}. Pass the field as an option (--url, --language, --outlet, --date) to correct it.`);
	const notes: FieldNotes = {
		outlet: `name: ${outlet!.from}. The page does not state the outlet's country; add \`country\` (ISO 3166, such as \`RU\`) if you know it.`,
		url: `url: ${url!.from}.`,
		language: `language: ${language!.from}.`,
		author: meta.author ? `author: ${meta.author.from}.` : 'author: the page names none, so there is none (never guessed).',
		dateline: dateline ? 'dateline: as printed at the start of the text.' : undefined,
	};
	const header = `Imported with \`npm run import\` from ${basename(path)}. The text below is the page's, verbatim; every field says where it comes from.`;
	if (!meta.author && page.kind === 'html') review.push('No author: the page names none.');
	if (page.kind === 'text') review.push(`Plain text: if the first paragraph (${JSON.stringify(blocks[0]!.text.slice(0, 60))}) is the headline, move it into \`title\` (\`basis: stated\`) and out of the text.`);
	for (const item of removed) review.push(`Removed (${item.kind}, ${item.position}): ${JSON.stringify(item.text.length > 70 ? `${item.text.slice(0, 69)}…` : item.text)}`);
	return { id, text: articleFileText(article, notes, body, header), article, blocks, review };
}
