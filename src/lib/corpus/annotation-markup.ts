import type { Entity } from '../../schemas/entity';
import type { QuoteAnchor } from '../../plugins/rehype-anchor-quotes';
import type { MentionTerm } from '../../plugins/rehype-mark-mentions';
import { legacyScopedId, scopedId } from './page-ids';
import type { ResolvedClaim } from './resolve-claims';
import type { ClaimNote } from './claim-note';
import { claimFlag, sideNoteElement, sideNoteId } from './side-note';

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
 * page; pages that show several articles take a copy through `scopeIds`. The
 * mark is described by its side note (`aria-describedby`), and the note and
 * any marker follow the passage until `rehypeMarginNotes` moves the note out
 * of the sentence.
 */
export function claimAnchor(claim: ResolvedClaim, note: ClaimNote): QuoteAnchor {
	const id = claim.id;
	const hue = hueClass(note.eventNumber);
	const flag = claimFlag(note, claim.eventId);
	return {
		key: claim.ref,
		quote: { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix, partialWords: claim.partialWords },
		id,
		properties: {
			className: ['claim', hue],
			dataEvent: claim.eventId,
			// The event's number within its story: what the compare view's shared toggle rules key on (`event-toggles.css`).
			dataN: note.eventNumber,
			dataClaim: claim.id,
			ariaDescribedBy: [sideNoteId(id)],
		},
		after: {
			type: 'element',
			tagName: 'span',
			properties: { className: ['claim-tools'], dataFurniture: '' },
			children: [...(flag ? [flag] : []), sideNoteElement({ id, eventId: claim.eventId, refId: sharedClaimId(claim) }, note, hue)],
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
	/** The only articles the name is marked in, when it is limited (`in`). */
	in?: readonly string[] | undefined;
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
	return names.map(({ entityId, entity, text, errorIn, note, in: only }) => {
		const isError = errorIn === articleId;
		return {
			key: entityId,
			text,
			// A name limited to other articles (a bare given name or surname) may mean someone else here.
			skip: only !== undefined && !only.includes(articleId),
			properties: {
				className: isError ? ['mention', 'mention-error'] : ['mention'],
				dataEntity: entityId,
				// A known error is said in readable text, in the paragraph's notes (`rehypeMarginNotes`), never in a tooltip only; a variant's tooltip repeats what the article's list of names says.
				dataNameNote: isError ? `“${text}”: an error of this source; the person is ${entity.name}.${note ? ` ${note}` : ''}` : undefined,
				title: !isError && text !== entity.name ? `${text}: ${entity.name}` : undefined,
			},
		};
	});
}
