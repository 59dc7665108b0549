import type { Entity } from '../../schemas/entity';
import type { QuoteAnchor } from '../../plugins/rehype-anchor-quotes';
import type { MentionTerm } from '../../plugins/rehype-mark-mentions';
import { legacyScopedId, scopedId } from './page-ids';
import type { ClaimSignals } from './claim-signals';
import type { ResolvedClaim } from './resolve-claims';

/** The number of event colours in the stylesheet (`annotations.css`); events beyond it reuse them, and their numbers tell them apart. */
export const EVENT_HUES = 12;

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
 * How one claim is anchored and marked in an article, with ids for its own
 * page; pages that show several articles take a copy through `scopeIds`.
 */
export function claimAnchor(claim: ResolvedClaim, event: { title: string; path: string }, eventNumber: number, signals?: ClaimSignals): QuoteAnchor {
	const id = claim.id;
	// The claim's two signals (relation, outside finding) go with its number, so no label leaves a refuted claim as simply agreeing.
	const said = signals ? ` ${signals.label}.` : '';
	return {
		key: claim.ref,
		quote: { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix, partialWords: claim.partialWords },
		id,
		properties: {
			className: ['claim', hueClass(eventNumber)],
			dataEvent: claim.eventId,
			dataClaim: claim.id,
			dataRelation: claim.relation,
			dataOutside: signals?.outside.finding,
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
					properties: { className: ['claim-ref', hueClass(eventNumber)], href: `${event.path}#${sharedClaimId(claim)}`, dataEvent: claim.eventId, dataTarget: id, ariaLabel: `Event ${eventNumber}: ${event.title}.${said} Every source on it` },
					children: [{ type: 'text', value: String(eventNumber) }],
				},
				{
					type: 'element',
					tagName: 'a',
					properties: { className: ['cite-link'], href: `#${id}`, ariaLabel: `Link to this claim (${event.title})` },
					children: [{ type: 'text', value: '#' }],
				},
			],
		},
	};
}

/** One name of one entity, as the text may write it. */
interface EntityName {
	entityId: string;
	entity: Entity;
	text: string;
	errorIn?: string | undefined;
	note?: string | undefined;
}

/** Every name of every entity, in a fixed order: compile it once (`compileMentions`) and reuse it for each article. */
export function entityNames(entities: ReadonlyMap<string, Entity>): EntityName[] {
	const names: EntityName[] = [];
	for (const [entityId, entity] of entities) {
		names.push({ entityId, entity, text: entity.name });
		for (const variant of entity.variants) names.push(typeof variant === 'string' ? { entityId, entity, text: variant } : { entityId, entity, ...variant });
	}
	return names;
}

/** The names as one article's mention terms, in the order of `names`, flagged where a variant is a known error of this article. */
export function mentionTerms(names: readonly EntityName[], articleId: string): MentionTerm[] {
	return names.map(({ entityId, entity, text, errorIn, note }) => {
		const isError = errorIn === articleId;
		return {
			key: entityId,
			text,
			properties: {
				className: isError ? ['mention', 'mention-error'] : ['mention'],
				dataEntity: entityId,
				// A name written as the canonical one needs no tooltip; a variant or an error says whom it means.
				title: isError ? `Written “${text}” here: an error of this source; the person is ${entity.name}.${note ? ` ${note}` : ''}` : text !== entity.name ? `${text}: ${entity.name}` : undefined,
			},
		};
	});
}
