import type { Entity } from '../../schemas/entity';
import type { QuoteAnchor } from '../../plugins/rehype-anchor-quotes';
import type { MentionTerm } from '../../plugins/rehype-mark-mentions';
import type { EventEntry } from './corpus';
import { legacyScopedId, scopedId } from './page-ids';
import { eventPath } from '../paths';
import type { ResolvedClaim } from './resolve-claims';

/** The number of event colours in the stylesheet; events beyond it reuse them, and their numbers tell them apart. */
export const EVENT_HUES = 8;

/** The CSS class that colours an event's claims. */
export function hueClass(eventNumber: number): string {
	return `hue-${(eventNumber - 1) % EVENT_HUES}`;
}

/** The id a claim has on pages that show several articles: `<article-id>.<claim-id>`. */
export function sharedClaimId(claim: Pick<ResolvedClaim, 'article' | 'id'>): string {
	return scopedId(claim.article, claim.id);
}

/** The id the claim had there before 0.2 (`<article-id>-<claim-id>`), kept as an alias for published links. */
export function legacySharedClaimId(claim: Pick<ResolvedClaim, 'article' | 'id'>): string {
	return legacyScopedId(claim.article, claim.id);
}

/**
 * How one claim is anchored and marked in an article. `prefix` is the id
 * prefix of a multi-article page (`scopePrefix(article)`), and `legacyPrefix`
 * the old form of it, written as an alias when the page can keep it.
 */
export function claimAnchor(claim: ResolvedClaim, event: EventEntry, eventNumber: number, prefix: string, legacyPrefix?: string): QuoteAnchor {
	const id = `${prefix}${claim.id}`;
	return {
		alias: legacyPrefix === undefined ? undefined : `${legacyPrefix}${claim.id}`,
		key: claim.ref,
		quote: { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix, partialWords: claim.partialWords },
		id,
		properties: {
			className: ['claim', hueClass(eventNumber)],
			dataEvent: claim.eventId,
			dataClaim: claim.id,
			dataRelation: claim.relation,
		},
		// The claim's controls: its event's number, a link to the event (works without JavaScript), and a link to cite it.
		after: {
			type: 'element',
			tagName: 'span',
			properties: { className: ['claim-tools'], dataFurniture: '' },
			children: [
				{
					type: 'element',
					tagName: 'a',
					properties: { className: ['claim-ref', hueClass(eventNumber)], href: `${eventPath(claim.eventId)}#${sharedClaimId(claim)}`, dataEvent: claim.eventId, dataTarget: id, ariaLabel: `Event ${eventNumber}: ${event.data.title}. Compare all sources` },
					children: [{ type: 'text', value: String(eventNumber) }],
				},
				{
					type: 'element',
					tagName: 'a',
					properties: { className: ['cite-link'], href: `#${id}`, ariaLabel: `Link to this claim (${event.data.title})` },
					children: [{ type: 'text', value: '#' }],
				},
			],
		},
	};
}

/** Every name of every entity, flagged where a variant is a known error of this article. */
export function mentionTerms(entities: ReadonlyMap<string, Entity>, articleId: string): MentionTerm[] {
	const terms: MentionTerm[] = [];
	for (const [id, entity] of entities) {
		const names = [{ text: entity.name }, ...entity.variants.map((v) => (typeof v === 'string' ? { text: v } : v))];
		for (const variant of names) {
			const isError = 'errorIn' in variant && variant.errorIn === articleId;
			const differs = variant.text !== entity.name;
			terms.push({
				key: id,
				text: variant.text,
				properties: {
					className: isError ? ['mention', 'mention-error'] : ['mention'],
					dataEntity: id,
					title: isError
						? `Written “${variant.text}” here: an error of this source; the person is ${entity.name}.${'note' in variant && variant.note ? ` ${variant.note}` : ''}`
						: differs
							? `${variant.text}: ${entity.name}`
							: entity.name,
				},
			});
		}
	}
	return terms;
}
