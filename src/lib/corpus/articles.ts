import { type CollectionEntry, getCollection } from 'astro:content';
import { compareCodeUnits } from './order';

export type ArticleEntry = CollectionEntry<'articles'>;

/** All sources, oldest first (by the first possible publication date), then by id. */
export async function getArticles(): Promise<ArticleEntry[]> {
	const entries = await getCollection('articles');
	return entries.sort((a, b) => compareCodeUnits(a.data.published.date, b.data.published.date) || compareCodeUnits(a.id, b.id));
}
