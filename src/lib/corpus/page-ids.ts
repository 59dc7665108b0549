/**
 * The id namespaces of a page, kept apart by construction so no two elements
 * can share an id (README, "Anchor scheme"):
 *
 * - paragraphs are `p<n>`, and claim ids may not look like that;
 * - claims are slugs (`a-z`, `0-9`, single hyphens);
 * - source headings are `h.<slug>`: the dot is never in a claim or paragraph id;
 * - on pages that show several articles, every id of an article is
 *   `<article-id>.<id>`: article ids are slugs, so the first dot ends them;
 * - the page's own ids (below and in the components) have no dot, and claim ids
 *   may not be one of those an article page uses.
 *
 * Every built page is also checked for duplicate ids (`src/integrations/`).
 */
export const ID_SEPARATOR = '.';

/** The ids an article page uses for itself; a claim there may not take one of them. Kept in step with `Base.astro`, `pages/articles/[id].astro` and `NamesInSource.astro`; the build's duplicate-id check is the backstop. */
export const ARTICLE_PAGE_IDS = {
	main: 'main',
	status: 'reader-status',
	search: 'site-search-q',
	searchPanel: 'site-search-panel',
	sourceTitle: 'source-title',
	claimsTitle: 'claims-title',
	namesTitle: 'names-title',
	/** The Cite section, where `_redirects` and the 404 page send the old per-source citation addresses. */
	cite: 'cite',
	citeTitle: 'cite-title',
} as const;

export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.values(ARTICLE_PAGE_IDS));

/** The id of an article's paragraph, claim or heading on a page that shows several articles: `tass-2025-02-10.p3`. */
export function scopedId(articleId: string, localId: string): string {
	return `${articleId}${ID_SEPARATOR}${localId}`;
}

/** The id prefix for one article's ids on a multi-article page. */
export function scopePrefix(articleId: string): string {
	return `${articleId}${ID_SEPARATOR}`;
}

/** The id of a source's section heading: `h.russias-contribution-to-release-of-hostages`. */
export function headingId(slug: string): string {
	return `h${ID_SEPARATOR}${slug}`;
}

/**
 * The id the same element had before version 0.2 on pages that show several
 * articles (`tass-2025-02-10-p3`). Published links use it, so pages keep it as
 * an alias where it cannot be ambiguous (see `legacyAliasesSafe`).
 */
export function legacyScopedId(articleId: string, localId: string): string {
	return `${articleId}-${localId}`;
}

/**
 * The old `<article>-<id>` form is ambiguous when one article id on the page
 * starts with another and a hyphen (`foo` and `foo-bar`); then no aliases are
 * written and only the new ids exist.
 */
export function legacyAliasesSafe(articleIds: readonly string[]): boolean {
	return !articleIds.some((a) => articleIds.some((b) => a !== b && b.startsWith(`${a}-`)));
}
