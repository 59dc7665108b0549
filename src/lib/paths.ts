/**
 * Every internal link goes through `withBase`, so the site works when it is
 * served under a sub-path (`PARALLAX_BASE=/parallax/`).
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Joins a site path such as `articles/tass-2025-02-10/` onto the configured base. */
export function withBase(path = ''): string {
	return `${base}${path.replace(/^\/+/, '')}`;
}

/** The page of one article. */
export function articlePath(id: string): string {
	return withBase(`articles/${id}/`);
}

/** The alignment page of one event. */
export function eventPath(id: string): string {
	return withBase(`events/${id}/`);
}

/** The page of one person, organisation or place: the names each source uses, and every passage that names them. */
export function entityPath(id: string): string {
	return withBase(`entities/${id}/`);
}

/** The overview of one story: its timeline, sources and events. */
export function storyPath(id: string): string {
	return withBase(`stories/${id}/`);
}

/** A story's compare view: its sources side by side. */
export function storyComparePath(id: string): string {
	return withBase(`stories/${id}/compare/`);
}

/** A story's events matrix: its events by its sources. */
export function storyEventsPath(id: string): string {
	return withBase(`stories/${id}/events/`);
}

/** A story's "Where they differ": its discrepancies between sources and the claims outside reporting contradicts. */
export function storyDifferencesPath(id: string): string {
	return withBase(`stories/${id}/differences/`);
}

/** The stylesheet that lets a compare view's legend hide events without JavaScript: one for the site, keyed by each event's number within its story. */
export function eventTogglesPath(): string {
	return withBase('event-toggles.css');
}

/** A story's claims as a W3C Web Annotation collection. */
export function storyAnnotationsPath(id: string): string {
	return withBase(`stories/${id}/annotations.jsonld`);
}

/** One page of the site's annotation collection, from 1. */
export function annotationPagePath(n: number): string {
	return withBase(`annotations/${n}.jsonld`);
}

/** Page `n` (from 1) of an entity's list of sources: the first is the entity's page. */
export function entitySourcesPath(id: string, n: number): string {
	return n <= 1 ? entityPath(id) : withBase(`entities/${id}/${n}/`);
}

/** Page `n` (from 1) of the list of stories: the first is the home page. */
export function storyListPath(n: number): string {
	return n <= 1 ? withBase('') : withBase(`stories/page/${n}/`);
}
