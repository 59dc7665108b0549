import type { APIRoute } from 'astro';
import { getArticles } from '../lib/corpus/articles';
import { cslItem } from '../lib/export/csl';

/** Every source as CSL-JSON, oldest first. */
export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify((await getArticles()).map((a) => cslItem(a.id, a.data)), null, 1)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
