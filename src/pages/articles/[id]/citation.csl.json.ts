import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleEntry } from '../../../lib/corpus/articles';
import { articleStaticPaths } from '../../../lib/export/article-paths';
import { cslItem } from '../../../lib/export/csl';

export const getStaticPaths = articleStaticPaths satisfies GetStaticPaths;

/** This source as CSL-JSON (one item in an array), for reference managers. */
export const GET: APIRoute<{ entry: ArticleEntry }> = ({ props }) =>
	new Response(`${JSON.stringify([cslItem(props.entry.id, props.entry.data)], null, 1)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
