import type { Corpus } from './corpus/corpus';
import { articlePath, entityPath, eventPath, storyComparePath, storyDifferencesPath, storyEventsPath, storyPath, withBase } from './paths';

/** The path of every page a sitemap lists, under the base: each once, by its canonical address. */
export function sitemapPaths(corpus: Corpus): string[] {
	return [
		withBase(''),
		...(corpus.primary ? [] : [withBase('compare/'), withBase('events/'), withBase('differences/')]),
		...corpus.stories.flatMap((s) => [storyPath(s.id), storyComparePath(s.id), storyEventsPath(s.id), storyDifferencesPath(s.id)]),
		...corpus.events.map((e) => eventPath(e.id)),
		...corpus.articles.map((a) => articlePath(a.id)),
		...[...corpus.entities.keys()].map((id) => entityPath(id)),
	];
}

/** The path of the n-th sitemap file (from 1) when the site needs a sitemap index. */
export const sitemapPartPath = (n: number) => withBase(`sitemaps/${n}.xml`);
