import type { Corpus } from './corpus/corpus';
import { entitySources, sourcesPage } from './corpus/entity-sources';
import { pageOf, STORIES_PER_PAGE } from './display/list-pages';
import { articlePath, entitySourcesPath, eventPath, storyComparePath, storyDifferencesPath, storyEventsPath, storyListPath, storyPath, withBase } from './paths';

/** The pages 2 and on of a list of `pages` pages, by `path`. */
const morePages = (pages: number, path: (n: number) => string) => Array.from({ length: pages - 1 }, (_, i) => path(i + 2));

/** The path of every page a sitemap lists, under the base: each once, by its canonical address, the pages of long lists included. */
export function sitemapPaths(corpus: Corpus): string[] {
	return [
		withBase(''),
		...morePages(pageOf(corpus.stories, 1, STORIES_PER_PAGE).pages, storyListPath),
		...(corpus.primary ? [] : [withBase('compare/'), withBase('events/'), withBase('differences/')]),
		...corpus.stories.flatMap((s) => [storyPath(s.id), storyComparePath(s.id), storyEventsPath(s.id), storyDifferencesPath(s.id)]),
		...corpus.events.map((e) => eventPath(e.id)),
		...corpus.articles.map((a) => articlePath(a.id)),
		...[...corpus.entities.keys()].flatMap((id) => [entitySourcesPath(id, 1), ...morePages(sourcesPage(entitySources(corpus, id), 1).pages, (n) => entitySourcesPath(id, n))]),
	];
}

/** The path of the n-th sitemap file (from 1) when the site needs a sitemap index. */
export const sitemapPartPath = (n: number) => withBase(`sitemaps/${n}.xml`);
