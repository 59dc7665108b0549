import type { APIRoute } from 'astro';
import { getArticles } from '../lib/corpus/articles';
import { bibtex } from '../lib/export/bibtex';
import { cslItem } from '../lib/export/csl';

/** Every source as BibTeX (BibLaTeX) entries, oldest first. */
export const GET: APIRoute = async () => new Response(bibtex((await getArticles()).map((a) => cslItem(a.id, a.data))), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
