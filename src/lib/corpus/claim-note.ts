import { NARRATION, type Relation } from '../../schemas/claim';
import type { DifferenceKind, Finding } from '../../schemas/context';
import type { Discrepancy } from '../../schemas/discrepancy';
import type { Entity } from '../../schemas/entity';
import { contextSourceLabel } from '../display/context-source';
import type { ResolvedClaim } from './resolve-claims';

/**
 * What a reader needs beside one claim, in words: the side note of the
 * compare and article views (`sideNoteElement`) and the mark's accessible
 * description are made from it. Two signals are kept apart, as the README's
 * content model does: how the claim stands among the corpus's sources
 * (`relation`) and what outside reporting does to it (`outside`).
 */
export interface ClaimNote {
	eventNumber: number;
	eventTitle: string;
	/** The event page, with the site's base. */
	eventPath: string;
	relation: Relation;
	/** The relation naming the counterpart sources: `Agrees with TASS`, `Differs from New Telegraph`. */
	relationText: string;
	/** Who says it, in words: `Maria Zakharova`, or `the outlet (narration)`. */
	speaker: string;
	occasion?: string | undefined;
	note?: string | undefined;
	outside: {
		/** `unchecked` when the claim has no `context`. */
		finding: Finding | 'unchecked';
		/** One short phrase: `Other reporting contradicts it on the date`. */
		text: string;
		note?: string | undefined;
		sources: { label: string; url: string }[];
	};
}

export interface ClaimNoteInput {
	claims: readonly ResolvedClaim[];
	/** Each event's discrepancies, by event id. */
	discrepancies(eventId: string): readonly Discrepancy[];
	/** The outlet's name of an article. */
	outletOf(articleId: string): string;
	entities: ReadonlyMap<string, Entity>;
	eventTitle(eventId: string): string;
	eventPath(eventId: string): string;
	eventNumber(eventId: string): number;
}

/** `A`, `A and B`, `A, B and C`. */
function listNames(names: readonly string[]): string {
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const DIFFERENCE_WORDS: Record<DifferenceKind, string> = { date: 'the date', name: 'a name', count: 'a count', actor: 'who acted', place: 'the place', other: 'a detail' };

/** What outside reporting does to a claim, in one phrase. */
export function outsideText(claim: Pick<ResolvedClaim, 'context'>): string {
	const context = claim.context;
	if (!context) return 'Not checked against other reporting';
	if (context.finding === 'supports') return 'Other reporting supports it';
	if (context.finding === 'not-enough-info') return 'Other reporting gives background, neither confirming nor contradicting it';
	return `Other reporting contradicts it on ${listNames((context.differsOn ?? ['other']).map((kind) => DIFFERENCE_WORDS[kind]))}`;
}

/**
 * The relation, naming the sources it is judged against. `agrees`, `adds` and
 * `other-occasion` name the other sources with a claim about the same event;
 * `differs` names the sources of the claims it shares a discrepancy with.
 */
function relationText(claim: ResolvedClaim, input: ClaimNoteInput, sameEvent: readonly ResolvedClaim[]): string {
	const others = (refs: readonly ResolvedClaim[]) => listNames([...new Set(refs.filter((c) => c.article !== claim.article).map((c) => input.outletOf(c.article)))]);
	const comparable = others(sameEvent.filter((c) => c.relation !== 'other-occasion'));
	switch (claim.relation) {
		case 'agrees':
			return comparable ? `Agrees with ${comparable}` : 'Agrees';
		case 'adds':
			return comparable ? `Adds detail not in ${comparable}` : 'Adds detail';
		case 'other-occasion':
			return claim.occasion ? `About another occasion: ${claim.occasion}` : 'About another occasion';
		case 'differs': {
			const refs = new Set(input.discrepancies(claim.eventId).filter((d) => d.claims.includes(claim.ref)).flatMap((d) => d.claims));
			const against = others(sameEvent.filter((c) => refs.has(c.ref)));
			return against ? `Differs from ${against}` : 'Differs';
		}
	}
}

/** One `ClaimNote` per claim, by `ref`. */
export function claimNotes(input: ClaimNoteInput): Map<string, ClaimNote> {
	const byEvent = Map.groupBy(input.claims, (c) => c.eventId);
	return new Map(
		input.claims.map((claim) => [
			claim.ref,
			{
				eventNumber: input.eventNumber(claim.eventId),
				eventTitle: input.eventTitle(claim.eventId),
				eventPath: input.eventPath(claim.eventId),
				relation: claim.relation,
				relationText: relationText(claim, input, byEvent.get(claim.eventId) ?? []),
				speaker: claim.speaker === NARRATION ? 'the outlet (narration)' : (input.entities.get(claim.speaker)?.name ?? claim.speaker),
				occasion: claim.occasion,
				note: claim.note,
				outside: {
					finding: claim.context?.finding ?? 'unchecked',
					text: outsideText(claim),
					note: claim.context?.note,
					sources: (claim.context?.sources ?? []).map((s) => ({ label: contextSourceLabel(s), url: s.url })),
				},
			},
		]),
	);
}
