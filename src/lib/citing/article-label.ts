import type { Article } from '../../schemas/article';
import { formatPartialDate } from '../display/format-date';

/** Words shown beside a headline so an inferred one never reads as printed. */
export const titleQualifier: Record<Article['title']['basis'], string | undefined> = {
	stated: undefined,
	'inferred-from-url': 'headline inferred from the URL',
	truncated: 'headline truncated in the source',
	unknown: 'no headline in the source',
};

/**
 * A name for a source that never invents a headline: the headline when one is
 * known, otherwise the outlet and date, such as `TASS, 10 February 2025`.
 */
export function articleName(article: Article): string {
	return article.title.text ?? `${article.outlet.name}, ${formatPartialDate(article.published)}`;
}

/** The source's name, in brackets when the headline is not printed in it, as editors mark an interpolation. */
export function bracketedName(article: Article): string {
	return article.title.basis !== 'stated' && article.title.text !== undefined ? `[${article.title.text}]` : articleName(article);
}

/** The headline as a citation gives it, marked when it is not printed in the source. */
export function citationHeadline(article: Article): string {
	const qualifier = titleQualifier[article.title.basis];
	if (!article.title.text) return qualifier ?? 'untitled';
	return qualifier ? `${bracketedName(article)} (${qualifier})` : article.title.text;
}

/** The publication date as a citation gives it, marked when inferred. */
export function citationDate(article: Article): string {
	return `${formatPartialDate(article.published)}${article.published.basis === 'inferred' ? ' (inferred)' : ''}`;
}
