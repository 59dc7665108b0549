import type { Relation } from '../../schemas/claim';
import { NARRATION } from '../../schemas/claim';
import type { Entity } from '../../schemas/entity';
import { contextSourceLabel } from '../display/context-source';
import { claimSignals, type OutsideFinding, type SignalSource } from './claim-signals';
import type { ResolvedClaim } from './resolve-claims';

/**
 * What a reader needs beside one claim, in words: the side note of the
 * compare and article views (`sideNoteElement`) and the mark's accessible
 * description are made from it. Its two signals, the relation among the
 * corpus's sources and what outside reporting does to the claim, come from
 * `claimSignals`, so every view says the same.
 */
export interface ClaimNote {
	eventNumber: number;
	eventTitle: string;
	/** The event page, with the site's base. */
	eventPath: string;
	relation: Relation;
	/** The relation naming the counterpart sources: `Agrees with TASS`, `Differs from New Telegraph`. */
	relationText: string;
	/** True when the claim differs from another source: its relation is `differs`, or a discrepancy names it. */
	differs: boolean;
	/** Who says it, in words: `Maria Zakharova`, or `the outlet (narration)`. */
	speaker: string;
	note?: string | undefined;
	outside: {
		finding: OutsideFinding;
		/** One short phrase: `Contradicted by other reporting (date)`. */
		text: string;
		note?: string | undefined;
		sources: { label: string; url: string }[];
	};
}

export interface ClaimNoteInput {
	claims: readonly ResolvedClaim[];
	/** Claims by event, events and outlets, for the signals (`signalSource` builds one from plain lists). */
	signals: SignalSource;
	entities: ReadonlyMap<string, Entity>;
	eventTitle(eventId: string): string;
	eventPath(eventId: string): string;
	eventNumber(eventId: string): number;
}

/** One `ClaimNote` per claim, by `ref`. */
export function claimNotes(input: ClaimNoteInput): Map<string, ClaimNote> {
	return new Map(
		input.claims.map((claim) => {
			const { relation, outside } = claimSignals(claim, input.signals);
			return [
				claim.ref,
				{
					eventNumber: input.eventNumber(claim.eventId),
					eventTitle: input.eventTitle(claim.eventId),
					eventPath: input.eventPath(claim.eventId),
					relation: claim.relation,
					relationText: relation.label,
					differs: claim.relation === 'differs' || relation.discrepancies.length > 0,
					speaker: claim.speaker === NARRATION ? 'the outlet (narration)' : (input.entities.get(claim.speaker)?.name ?? claim.speaker),
					note: claim.note,
					outside: { finding: outside.finding, text: outside.label, note: outside.note, sources: outside.sources.map((s) => ({ label: contextSourceLabel(s), url: s.url })) },
				},
			];
		}),
	);
}
