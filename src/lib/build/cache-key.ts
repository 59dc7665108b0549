import { createHash, type Hash } from 'node:crypto';
import { type Corpus, getCorpus } from '../corpus/corpus';

/**
 * The `cacheKey` every `getStaticPaths` returns, for Astro's incremental build
 * (`experimental.incrementalBuild`): Astro copies a page from the last build
 * instead of rendering it when its key and its code (the page's module graph)
 * are unchanged. https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 *
 * The rule: a key is a hash of everything the page can show, so that two
 * builds give a page one key only if they would render it byte for byte alike.
 * - Every key covers the site: its address and base path, and the entities,
 *   whose names any page may show. No page shows the day of the build, so no
 *   key changes with the date.
 * - The corpus falls into parts that never refer to each other: stories, their
 *   events and sources, and the claims that join them are one part when any of
 *   them names another (a story lists an event, a claim cites an article, an
 *   event lists related events or moved claims, any field that holds another
 *   entry's id or claim reference). A part's digest is a hash of all its data:
 *   the entries as loaded, the claims, where each claim anchored, and every
 *   rendered copy of its articles' text.
 * - A page about one story, event or article keys on its part's digest; a page
 *   that reads the whole corpus (lists, counts, sitemaps, annotation pages)
 *   keys on the digest of every part.
 * - An entity's page lists every source and the paragraphs that name it, but
 *   no claim: it keys on `names`, a digest of every source as loaded (its data
 *   and text), the names found in it, the paragraph each claim starts in, and
 *   every event's title, number and entities. A claim's note or relation does
 *   not change it; a new source does.
 * So an edit to one claim re-renders the pages of its part and the whole-corpus
 * pages, and nothing else. A page that starts to read across parts must key on
 * `corpus` (or its reference must become a field this module follows).
 */
export interface PageKeys {
	/** For a page that reads the whole corpus. */
	corpus: string;
	/** For an entity's page: the sources, their names and passages, and the events' titles (see above). */
	names: string;
	article(id: string): string;
	event(id: string): string;
	story(id: string): string;
}

/** What every page shows besides the corpus: the configured site and base path. */
export interface SiteInputs {
	site: string;
	base: string;
}

let keys: Promise<PageKeys> | undefined;

/** This build's keys, computed once: every `getStaticPaths` calls it. */
export function pageKeys(): Promise<PageKeys> {
	keys ??= getCorpus().then((corpus) => keysOf(corpus, { site: String(import.meta.env.SITE ?? ''), base: import.meta.env.BASE_URL }));
	return keys;
}

/** Maps and Sets hash as their entries (JSON would drop them), in their own order. */
function replacer(_key: string, value: unknown): unknown {
	return value instanceof Map ? [...value] : value instanceof Set ? [...value] : value;
}

function feed(hash: Hash, label: string, value: unknown): void {
	hash.update(label);
	hash.update('\0');
	hash.update(JSON.stringify(value, replacer) ?? 'undefined');
	hash.update('\0');
}

/** Union–find over node names such as `a:<article>`, `e:<event>`, `s:<story>`. */
class Parts {
	#parent = new Map<string, string>();
	find(node: string): string {
		let root = node;
		while (this.#parent.has(root) && this.#parent.get(root) !== root) root = this.#parent.get(root)!;
		this.#parent.set(node, root);
		return root;
	}
	join(a: string, b: string): void {
		const ra = this.find(a);
		const rb = this.find(b);
		if (ra !== rb) this.#parent.set(rb, ra);
	}
}

/** Every string inside a value, at any depth. */
function* stringsIn(value: unknown): Generator<string> {
	if (typeof value === 'string') yield value;
	else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
	else if (value && typeof value === 'object' && !(value instanceof Date)) for (const item of Object.values(value)) yield* stringsIn(item);
}

/** The keys of one corpus for one site: a pure function of both, so that the rule can be tested without a build. */
export function keysOf(corpus: Corpus, site: SiteInputs): PageKeys {
	const parts = new Parts();
	const byId = new Map<string, string>();
	for (const a of corpus.articles) byId.set(a.id, `a:${a.id}`);
	for (const e of corpus.events) byId.set(e.id, `e:${e.id}`);
	const claimByRef = new Map(corpus.claims.map((c) => [c.ref, c]));
	// A field that names another entry (or a claim's reference) joins the two parts.
	const follow = (node: string, data: unknown) => {
		for (const text of stringsIn(data)) {
			const other = byId.get(text);
			if (other) parts.join(node, other);
			const claim = claimByRef.get(text);
			if (claim) parts.join(node, `e:${claim.eventId}`);
		}
	};
	for (const story of corpus.stories) {
		parts.find(`s:${story.id}`);
		for (const id of story.articleIds) parts.join(`s:${story.id}`, `a:${id}`);
		for (const id of story.eventIds) parts.join(`s:${story.id}`, `e:${id}`);
	}
	for (const claim of corpus.claims) parts.join(`e:${claim.eventId}`, `a:${claim.article}`);
	for (const event of corpus.events) follow(`e:${event.id}`, event.data);
	for (const article of corpus.articles) follow(`a:${article.id}`, article.data);

	const hashes = new Map<string, Hash>();
	const hashOf = (node: string) => {
		const root = parts.find(node);
		let hash = hashes.get(root);
		if (!hash) hashes.set(root, (hash = createHash('sha256')));
		return hash;
	};
	for (const story of corpus.stories) {
		const { articles: _articles, events: _events, ...own } = story;
		feed(hashOf(`s:${story.id}`), `story ${story.id}`, own);
	}
	for (const article of corpus.articles) {
		const hash = hashOf(`a:${article.id}`);
		feed(hash, `article ${article.id}`, article);
		feed(hash, 'html', corpus.render(article.id));
		for (const story of corpus.storiesWith(article.id)) feed(hash, `html in ${story.id}`, corpus.render(article.id, { story: story.id }));
		feed(hash, 'text', corpus.text(article.id));
		feed(hash, 'names', corpus.namesIn(article.id));
		feed(hash, 'mentions', corpus.paragraphMentions(article.id));
	}
	for (const event of corpus.events) {
		const hash = hashOf(`e:${event.id}`);
		feed(hash, `event ${event.id}`, event);
		feed(hash, 'number', corpus.eventNumber(event.id));
		for (const claim of corpus.claimsOfEvent(event.id)) {
			feed(hash, `claim ${claim.ref}`, claim);
			feed(hash, 'anchored', corpus.anchored(claim.ref));
			feed(hash, 'directive', corpus.citeDirective(claim.ref));
		}
	}

	const siteHash = createHash('sha256');
	feed(siteHash, 'site', site);
	feed(siteHash, 'entities', [...corpus.entities].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	const siteDigest = siteHash.digest('hex');
	const digests = new Map([...hashes].map(([root, hash]) => [root, hash.digest('hex')]));
	const keyOf = (node: string) => createHash('sha256').update(`${siteDigest}\0${digests.get(parts.find(node)) ?? ''}`).digest('hex');
	const corpusHash = createHash('sha256').update(siteDigest);
	// Part digests in the corpus's own order (articles, then events, then stories), which the whole-corpus pages show.
	const roots = [...new Set([...corpus.articles.map((a) => `a:${a.id}`), ...corpus.events.map((e) => `e:${e.id}`), ...corpus.stories.map((s) => `s:${s.id}`)].map((n) => parts.find(n)))];
	for (const root of roots) corpusHash.update(`\0${root}\0${digests.get(root)}`);
	feed(corpusHash, 'order', { articles: corpus.articles.map((a) => a.id), events: corpus.events.map((e) => e.id), stories: corpus.stories.map((s) => s.id), primary: corpus.primary?.id });
	const namesHash = createHash('sha256').update(siteDigest);
	for (const article of corpus.articles) {
		feed(namesHash, `article ${article.id}`, article);
		feed(namesHash, 'text', corpus.text(article.id));
		feed(namesHash, 'names', corpus.namesIn(article.id));
		feed(namesHash, 'mentions', corpus.paragraphMentions(article.id));
		feed(namesHash, 'claims', corpus.claimsOfArticle(article.id).map((claim) => [claim.eventId, corpus.anchored(claim.ref).paragraph ?? null]));
	}
	feed(namesHash, 'events', corpus.events.map((event) => [event.id, event.data.title, corpus.eventNumber(event.id), event.data.entities]));
	return {
		corpus: corpusHash.digest('hex'),
		names: namesHash.digest('hex'),
		article: (id) => keyOf(`a:${id}`),
		event: (id) => keyOf(`e:${id}`),
		story: (id) => keyOf(`s:${id}`),
	};
}
