import type { Article } from '../../schemas/article';
import { NARRATION } from '../../schemas/claim';
import type { ContextSource } from '../../schemas/context';
import type { Entity } from '../../schemas/entity';

/**
 * schema.org data for the pages, as JSON-LD data blocks
 * (`<script type="application/ld+json">`, which no browser runs, so the
 * Content-Security-Policy needs nothing for them). Parallax gives no verdicts,
 * so there is never a `ClaimReview`.
 */

/** JSON for a data block: `<` is escaped so no string can close the `<script>` element. */
export function dataBlock(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

function publisher(article: Article) {
	return { '@type': 'NewsMediaOrganization', name: article.outlet.name };
}

/** A source as a `NewsArticle`: a headline and a publication date only when the source states them. */
export function newsArticle(article: Article, readerUrl: string) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		...(article.title.basis === 'stated' && article.title.text ? { headline: article.title.text } : {}),
		...(article.published.basis === 'stated' && !article.published.until ? { datePublished: article.published.date } : {}),
		publisher: publisher(article),
		...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
		url: article.url,
		inLanguage: article.language,
		mainEntityOfPage: readerUrl,
	};
}

/**
 * One claim as a `Claim`: what is said, by whom, where it appears (the
 * original and the reader's copy), about which event, and the outside
 * reporting it was checked against as `citation` (each a `NewsArticle` with
 * its outlet, date and URL; none when the claim was not checked).
 */
export function claimData(options: { passage: string; speaker: string; speakerEntity: Entity | undefined; article: Article; originalUrl: string; readerUrl: string; event: { name: string; url: string }; citations?: readonly ContextSource[] }) {
	const author =
		options.speaker === NARRATION || !options.speakerEntity
			? publisher(options.article)
			: { '@type': options.speakerEntity.kind === 'person' ? 'Person' : options.speakerEntity.kind === 'place' ? 'Place' : 'Organization', name: options.speakerEntity.name };
	return {
		'@type': 'Claim',
		text: options.passage,
		author,
		appearance: [
			{ '@type': 'NewsArticle', url: options.originalUrl, publisher: publisher(options.article), inLanguage: options.article.language },
			{ '@type': 'WebPage', url: options.readerUrl },
		],
		about: { '@type': 'Event', name: options.event.name, url: options.event.url },
		...(options.citations?.length
			? {
					citation: options.citations.map((source) => ({
						'@type': 'NewsArticle',
						url: source.url,
						...(source.title ? { headline: source.title } : {}),
						datePublished: source.date,
						publisher: { '@type': 'NewsMediaOrganization', name: source.outlet },
					})),
				}
			: {}),
	};
}
