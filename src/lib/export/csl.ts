import type { Article } from '../../schemas/article';
import { titleQualifier } from '../citing/article-label';

/**
 * A source as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * `article-newspaper`. Nothing is passed off as stated: a headline not printed
 * in the source is in brackets, a missing one is left out, and every inferred
 * headline or date says so in `note`.
 */
export interface CslItem {
	id: string;
	type: 'article-newspaper';
	title?: string;
	'container-title': string;
	issued: { 'date-parts': number[][] };
	URL: string;
	language: string;
	author?: { literal: string }[];
	note?: string;
}

const parts = (date: string) => date.split('-').map(Number);

export function cslItem(id: string, article: Article): CslItem {
	const notes: string[] = [];
	const qualifier = titleQualifier[article.title.basis];
	if (qualifier) notes.push(`${qualifier.charAt(0).toUpperCase()}${qualifier.slice(1)}${article.title.note ? `: ${article.title.note}` : '.'}`);
	if (article.published.basis === 'inferred') notes.push(`Publication date inferred${article.published.note ? `: ${article.published.note}` : '.'}`);
	const { date, until } = article.published;
	return {
		id,
		type: 'article-newspaper',
		...(article.title.text === undefined ? {} : { title: article.title.basis === 'stated' ? article.title.text : `[${article.title.text}]` }),
		'container-title': article.outlet.name,
		issued: { 'date-parts': until && until !== date ? [parts(date), parts(until)] : [parts(date)] },
		URL: article.url,
		language: article.language,
		...(article.author ? { author: [{ literal: article.author }] } : {}),
		...(notes.length ? { note: notes.join(' ') } : {}),
	};
}
