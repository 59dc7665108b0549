import type { APIRoute } from 'astro';
import { getCorpus } from '../lib/corpus/corpus';
import { ANNOTATIONS_PER_PAGE } from '../lib/export/corpus-annotations';
import { annotationCollection, createdNow } from '../lib/export/web-annotation';
import { ANNOTATION_MEDIA_TYPE } from '../lib/hosting';
import { annotationPagePath, withBase } from '../lib/paths';

/** Every claim of the site as one W3C Web Annotation collection, in pages of 100 (`/annotations/<n>.jsonld`). */
export const GET: APIRoute = async ({ site }) => {
	const corpus = await getCorpus();
	const total = corpus.claims.length;
	const pages = Math.max(1, Math.ceil(total / ANNOTATIONS_PER_PAGE));
	const body = annotationCollection({
		id: new URL(withBase('annotations.jsonld'), site).href,
		label: 'Claims of every source, as recorded by Parallax',
		total,
		first: new URL(annotationPagePath(1), site).href,
		last: new URL(annotationPagePath(pages), site).href,
		created: createdNow(),
		site: new URL(withBase(''), site).href,
	});
	return new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': ANNOTATION_MEDIA_TYPE } });
};
