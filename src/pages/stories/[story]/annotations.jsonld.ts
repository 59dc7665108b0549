import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus, type StoryView } from '../../../lib/corpus/corpus';
import { storyStaticPaths } from '../../../lib/corpus/story-paths';
import { annotationsOf } from '../../../lib/export/corpus-annotations';
import { annotationCollection, annotationPage, createdNow } from '../../../lib/export/web-annotation';
import { ANNOTATION_MEDIA_TYPE } from '../../../lib/hosting';
import { storyAnnotationsPath, withBase } from '../../../lib/paths';

// Its `created` is the build time, or SOURCE_DATE_EPOCH when set: a copy is reused only under the same fixed time (and, without one, keeps the time it was made).
export const getStaticPaths = (async () => (await storyStaticPaths()).map((path) => ({ ...path, cacheKey: `${path.cacheKey}@${process.env.SOURCE_DATE_EPOCH ?? ''}` }))) satisfies GetStaticPaths;

/** A story's claims as one W3C Web Annotation collection, its one page embedded. */
export const GET: APIRoute<{ story: StoryView }> = async ({ props, site }) => {
	const corpus = await getCorpus();
	const { story } = props;
	const id = new URL(storyAnnotationsPath(story.id), site).href;
	const items = annotationsOf(corpus, story.eventIds.flatMap((e) => corpus.claimsOfEvent(e)), site!);
	const label = `Claims of “${story.title}”`;
	const page = annotationPage({ id: `${id}#page-1`, partOf: { id, label, total: items.length }, items, startIndex: 0 });
	const body = annotationCollection({ id, label, total: items.length, first: page, last: page.id, created: createdNow(), site: new URL(withBase(''), site).href });
	return new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': ANNOTATION_MEDIA_TYPE } });
};
