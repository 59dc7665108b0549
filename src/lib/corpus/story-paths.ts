import { pageKeys } from '../build/cache-key';
import { getCorpus, type StoryView } from './corpus';

/** `getStaticPaths` for the pages a story has: one page per story, its id in the URL. */
export async function storyStaticPaths(): Promise<{ params: { story: string }; props: { story: StoryView }; cacheKey: string }[]> {
	const corpus = await getCorpus();
	const keys = await pageKeys();
	return corpus.stories.map((story) => ({ params: { story: story.id }, props: { story }, cacheKey: keys.story(story.id) }));
}
