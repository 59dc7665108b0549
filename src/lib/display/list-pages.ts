/**
 * Long lists split into pages of a fixed size, so that a list page stays the
 * same size however large the corpus grows: the home page's stories, an
 * entity's sources. Page numbers count from 1.
 */

/** How many stories one page of the list of stories shows (the home page is the first). */
export const STORIES_PER_PAGE = 25;

/** The items on page `n` of `items` in pages of `size`, where the page starts in the list (from 0), and how many pages there are (at least 1). */
export function pageOf<T>(items: readonly T[], n: number, size: number): { shown: T[]; from: number; pages: number } {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const from = (n - 1) * size;
	return { shown: items.slice(from, from + size), from, pages };
}
