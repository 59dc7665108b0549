import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleEntry } from '../../../lib/corpus/articles';
import { articleStaticPaths } from '../../../lib/export/article-paths';
import { bibtex } from '../../../lib/export/bibtex';
import { cslItem } from '../../../lib/export/csl';

export const getStaticPaths = articleStaticPaths satisfies GetStaticPaths;

/** This source as a BibTeX (BibLaTeX) entry, for reference managers. */
export const GET: APIRoute<{ entry: ArticleEntry }> = ({ props }) =>
	new Response(bibtex([cslItem(props.entry.id, props.entry.data)]), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
