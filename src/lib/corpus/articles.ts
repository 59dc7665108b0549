import { type CollectionEntry, getCollection } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;

/** All sources, oldest first (by the first possible publication date), then by id. */
export async function getArticles(): Promise<ArticleEntry[]> {
	const entries = await getCollection('articles');
	return entries.sort((a, b) => a.data.published.date.localeCompare(b.data.published.date) || a.id.localeCompare(b.id));
}
