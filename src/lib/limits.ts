/**
 * What one input may cost: every limit of the content, in one place. A build
 * refuses content beyond them with the file, the field, the limit and what
 * was found, so no single file can make the build crash, hang, exhaust memory
 * or write output out of proportion to it. The README ("Limits") lists them.
 *
 * Each is far above anything the corpus needs (its longest headline is 54
 * characters, its longest summary 615, its largest event 18 claims, its
 * largest article 4 KB) and far below what would strain a build.
 */

/** An article file, frontmatter and text, in bytes (1 MB; a long news article is under 100 KB). */
export const MAX_ARTICLE_BYTES = 1_000_000;

/** A page saved from the browser that `npm run import` reads, in bytes (20 MB: a saved news page with its scripts and styles inline is a few MB). */
export const MAX_SAVED_PAGE_BYTES = 20_000_000;

/** How deep a saved page's elements may nest for `npm run import` (real pages stay under 100; Readability walks the tree recursively). */
export const MAX_PAGE_DEPTH = 400;

/** A YAML file (an event, a story, the entities), in bytes. */
export const MAX_DATA_FILE_BYTES = 1_000_000;

/** A title (a headline, an event's or a story's title, an outlet's or entity's name), in characters: titles are repeated in every label of every claim. */
export const MAX_TITLE_LENGTH = 300;

/** A quote, prefix or suffix, in characters (a long paragraph). */
export const MAX_QUOTE_LENGTH = 10_000;

/** Any other text field (a note, summary, description, occasion, URL), in characters. */
export const MAX_TEXT_LENGTH = 2_000;

/** Claims in one event file. */
export const MAX_CLAIMS_PER_EVENT = 200;

/** Entries in any other list (entities, variants, discrepancies, ids). */
export const MAX_LIST_LENGTH = 2_000;

/** Claims that may cover one character of an article: each is a mark nested in the others. */
export const MAX_OVERLAPPING_CLAIMS = 50;

/** Blockquotes nested in one another (`> > >`) in an article's text. */
export const MAX_BLOCKQUOTE_DEPTH = 16;

/** The plausible years of a date (published, happened, claimed): beyond them a date is a typo, and a timeline would span millennia. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

/** Fields whose text is a title, so `MAX_TITLE_LENGTH` applies. */
export const TITLE_FIELDS: ReadonlySet<string> = new Set(['title', 'text', 'name']);

/** Fields whose text is quoted from a source, so `MAX_QUOTE_LENGTH` applies. */
export const QUOTE_FIELDS: ReadonlySet<string> = new Set(['quote', 'prefix', 'suffix']);
