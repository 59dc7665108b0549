import type { APIRoute } from 'astro';
import { getCorpus } from '../lib/corpus/corpus';
import { sitemapIndex, urlsets } from '../lib/sitemap';
import { sitemapPartPath, sitemapPaths } from '../lib/sitemap-pages';

/**
 * Every page of the site, by its canonical address: one `<urlset>` while it
 * fits the protocol's limits, otherwise a sitemap index of `/sitemaps/<n>.xml`.
 */
export const GET: APIRoute = async ({ site }) => {
	const corpus = await getCorpus();
	const files = urlsets(sitemapPaths(corpus).map((path) => new URL(path, site).href));
	const body = files.length === 1 ? files[0]! : sitemapIndex(files.map((_, i) => new URL(sitemapPartPath(i + 1), site).href));
	return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
