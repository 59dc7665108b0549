import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKeys } from '../../lib/build/cache-key';
import { getCorpus } from '../../lib/corpus/corpus';
import { urlsets } from '../../lib/sitemap';
import { sitemapPaths } from '../../lib/sitemap-pages';

/** The parts of a sitemap index; none while the whole sitemap fits in `/sitemap.xml`. */
export const getStaticPaths = (async () => {
	const corpus = await getCorpus();
	// getStaticPaths gets no `site`; the configured one is the same.
	const files = urlsets(sitemapPaths(corpus).map((path) => new URL(path, import.meta.env.SITE).href));
	const { corpus: cacheKey } = await pageKeys();
	return files.length === 1 ? [] : files.map((body, i) => ({ params: { n: String(i + 1) }, props: { body }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/xml' } });
