import type { DifferenceKind } from '../../schemas/context';
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

/** Per corpus (one per build): every claim by `ref`, and each story's differences once found. */
const known = new WeakMap<Corpus, { byRef: Map<string, ResolvedClaim>; byStory: Map<string, StoryDifferences> }>();

/**
 * Every discrepancy between the story's sources, and every claim of it that
 * outside reporting contradicts. Found once per story and build (several
 * pages show them); the result is shared, so callers must not change it.
 */
export function storyDifferences(corpus: Corpus, story: StoryView): StoryDifferences {
	let cache = known.get(corpus);
	if (!cache) known.set(corpus, (cache = { byRef: new Map(corpus.claims.map((claim) => [claim.ref, claim])), byStory: new Map() }));
	let found = cache.byStory.get(story.id);
	if (!found) cache.byStory.set(story.id, (found = findDifferences(corpus, story, cache.byRef)));
	return found;
}

function findDifferences(corpus: Corpus, story: StoryView, byRef: ReadonlyMap<string, ResolvedClaim>): StoryDifferences {
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

/** What outside reporting can differ on, in words: `the date`, `who acted`. */
export const DIFFERS_ON_WORDS: Record<DifferenceKind, string> = { date: 'the date', name: 'the name', count: 'the count', actor: 'who acted', place: 'the place', other: 'another detail' };

/** One case as the first screen lists it: a short label and its anchor on the story's "Where they differ" page. */
export interface CaseLink {
	/** `between-1` or `outside-2`: the case's id on the differences page. */
	anchor: string;
	/** The event's title. */
	event: string;
	/** What differs, in a few words: `his first name (New Telegraph against TASS)` or `the date (i24NEWS against other reporting)`. */
	what: string;
}

/** Every case of a story, in the page's order, as links for a first screen (home page, story overview). */
export function caseLinks(corpus: Corpus, differences: StoryDifferences): CaseLink[] {
	const outlet = (claim: ResolvedClaim) => corpus.article(claim.article).data.outlet.name;
	return [
		...differences.disagreements.map(({ event, discrepancy, claims }, i) => ({
			anchor: `between-${i + 1}`,
			event: event.data.title,
			what: `${discrepancy.about} (${[...new Set(claims.map(outlet))].join(' against ')})`,
		})),
		...differences.contradicted.map(({ event, claim, signals }, i) => ({
			anchor: `outside-${i + 1}`,
			event: event.data.title,
			what: `${signals.outside.differsOn.map((k) => DIFFERS_ON_WORDS[k]).join(', ')} (${outlet(claim)} against other reporting)`,
		})),
	];
}
