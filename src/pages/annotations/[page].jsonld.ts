import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKeys } from '../../lib/build/cache-key';
import { getCorpus } from '../../lib/corpus/corpus';
import { ANNOTATIONS_PER_PAGE, annotationIri } from '../../lib/export/corpus-annotations';
import { ANNO_CONTEXT, annotationPage } from '../../lib/export/web-annotation';
import { ANNOTATION_MEDIA_TYPE } from '../../lib/hosting';
import { annotationPagePath, withBase } from '../../lib/paths';

export const getStaticPaths = (async () => {
	const corpus = await getCorpus();
	const pages = Math.max(1, Math.ceil(corpus.claims.length / ANNOTATIONS_PER_PAGE));
	const { corpus: cacheKey } = await pageKeys();
	return Array.from({ length: pages }, (_, i) => ({ params: { page: String(i + 1) }, props: { n: i + 1, pages }, cacheKey }));
}) satisfies GetStaticPaths;

/**
 * One page of the site's annotation collection: 100 claims, in the order of the
 * events, each by its IRI in its story's collection, which holds it in full
 * (the Web Annotation Protocol's page of contained IRIs, as served for
 * `PreferContainedIRIs`), so no annotation is published twice.
 */
export const GET: APIRoute<{ n: number; pages: number }> = async ({ props, site }) => {
	const corpus = await getCorpus();
	const { n, pages } = props;
	const from = (n - 1) * ANNOTATIONS_PER_PAGE;
	const items = corpus.claims.slice(from, from + ANNOTATIONS_PER_PAGE).map((claim) => annotationIri(corpus, claim, site!));
	const url = (k: number) => new URL(annotationPagePath(k), site).href;
	const body = {
		'@context': ANNO_CONTEXT,
		...annotationPage({
			id: url(n),
			partOf: { id: new URL(withBase('annotations.jsonld'), site).href, label: 'Claims of every source, as recorded by Parallax', total: corpus.claims.length },
			items,
			startIndex: from,
			...(n < pages ? { next: url(n + 1) } : {}),
			...(n > 1 ? { prev: url(n - 1) } : {}),
		}),
	};
	return new Response(`${JSON.stringify(body)}\n`, { headers: { 'Content-Type': ANNOTATION_MEDIA_TYPE } });
};
