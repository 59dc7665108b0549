import type { Discrepancy } from '../../schemas/discrepancy';
import { type ClaimSignals, claimSignals } from './claim-signals';
import type { Corpus, EventEntry, StoryView } from './corpus';
import type { ResolvedClaim } from './resolve-claims';

/** One disagreement between sources of the corpus: a discrepancy of an event, with the claims it names. */
export interface DisagreementCase {
	event: EventEntry;
	discrepancy: Discrepancy;
	/** The claims it names, in its own order. */
	claims: ResolvedClaim[];
}

/** One claim that outside reporting contradicts (`context.finding: refutes`). */
export interface ContradictedCase {
	event: EventEntry;
	claim: ResolvedClaim;
	signals: ClaimSignals;
}

/** Everything "Where they differ" lists for one story, in the order of its events. */
export interface StoryDifferences {
	disagreements: DisagreementCase[];
	contradicted: ContradictedCase[];
}

/** Every discrepancy between the story's sources, and every claim of it that outside reporting contradicts. */
export function storyDifferences(corpus: Corpus, story: StoryView): StoryDifferences {
	const byRef = new Map(corpus.claims.map((claim) => [claim.ref, claim]));
	const disagreements: DisagreementCase[] = [];
	const contradicted: ContradictedCase[] = [];
	for (const event of story.events) {
		for (const discrepancy of event.data.discrepancies) disagreements.push({ event, discrepancy, claims: discrepancy.claims.map((ref) => byRef.get(ref)).filter((c) => c !== undefined) });
		for (const claim of corpus.claimsOfEvent(event.id)) {
			const signals = claimSignals(claim, corpus);
			if (signals.outside.finding === 'refutes') contradicted.push({ event, claim, signals });
		}
	}
	return { disagreements, contradicted };
}

const count = (n: number, one: string, many: string) => `${n === 0 ? 'No' : n} ${n === 1 ? one : many}`;

/** The counts in words, as the links to the page say them: `1 disagreement between sources · 2 claims contradicted by other reporting`. */
export function differencesSummary(differences: StoryDifferences): string {
	const { disagreements, contradicted } = differences;
	return `${count(disagreements.length, 'disagreement', 'disagreements')} between sources · ${count(contradicted.length, 'claim', 'claims')} contradicted by other reporting`;
}
