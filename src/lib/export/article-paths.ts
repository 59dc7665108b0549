import { getArticles } from '../corpus/articles';

/** `getStaticPaths` for the files every article has besides its page. */
export async function articleStaticPaths() {
	return (await getArticles()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
