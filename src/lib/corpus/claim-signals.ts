import type { Relation } from '../../schemas/claim';
import type { ContextSource, DifferenceKind, Finding } from '../../schemas/context';
import type { Discrepancy } from '../../schemas/discrepancy';
import type { ResolvedClaim } from './resolve-claims';

/**
 * What `claimSignals` needs from the corpus. `Corpus` (corpus.ts) has it; code
 * that runs before the corpus exists (the content check's rendering) can pass
 * a small object of its own.
 */
export interface SignalSource {
	/** The claims about one event, every source's. */
	claimsOfEvent(eventId: string): readonly ResolvedClaim[];
	/** The event, for its discrepancies. */
	event(eventId: string): { data: { discrepancies: readonly Discrepancy[] } };
	/** The source, for its outlet's name. */
	article(articleId: string): { data: { outlet: { name: string } } };
}

/** Signal 1: how the claim stands to the other sources of the corpus (EDITORIAL.md, "A relation"). */
export interface RelationSignal {
	/** The claim's `relation`, as the data gives it. */
	kind: Relation;
	/** In words, naming the counterparts: `Agrees with TASS`, `Differs from New Telegraph`, `Adds detail · New Telegraph differs`, `Another occasion (RBC interview, January 2025)`. */
	label: string;
	/** The outlets of the other sources this label names, in the order of their first claim on the event; empty for `adds` and `other-occasion` outside a discrepancy. */
	counterparts: string[];
	/** The discrepancies of its event that name this claim. */
	discrepancies: Discrepancy[];
}

/** What outside reporting does to a claim: a `context.finding`, or `not-checked` when the claim has no `context`. */
export type OutsideFinding = Finding | 'not-checked';

/** Signal 2: what outside reporting says about the claim (EDITORIAL.md, "What outside reporting says about a claim"). */
export interface OutsideSignal {
	finding: OutsideFinding;
	/** `Contradicted by other reporting (date)`, `Consistent with other reporting`, `Other reporting: background only` or `Not checked against other reporting`. */
	label: string;
	/** What differs, when the finding is `refutes`; empty otherwise. */
	differsOn: DifferenceKind[];
	/** The outside sources, with their URLs; empty when not checked. */
	sources: ContextSource[];
	/** The context note, when there is one. */
	note: string | undefined;
}

/** The two signals every view shows for a claim, and whether a reader must not miss it. */
export interface ClaimSignals {
	relation: RelationSignal;
	outside: OutsideSignal;
	/** True when the claim is named in a discrepancy, is `differs`, or outside reporting refutes it: the cases "Where they differ" lists. */
	contested: boolean;
	/** Both signals in one line, relation first: `Agrees with i24NEWS · contradicted by other reporting (date)`. Never a bare "Agrees" when outside reporting refutes the claim. */
	label: string;
}

/** How a difference reads after "Contradicted by other reporting": `(date)`, `(who acted)`. */
export const differenceLabel: Record<DifferenceKind, string> = {
	date: 'date',
	name: 'name',
	count: 'count',
	actor: 'who acted',
	place: 'place',
	other: 'other detail',
};

/** Signal 2 in words, by finding; `refutes` gets what differs in brackets (see `outsideSignal`). */
export const outsideLabel: Record<OutsideFinding, string> = {
	refutes: 'Contradicted by other reporting',
	supports: 'Consistent with other reporting',
	'not-enough-info': 'Other reporting: background only',
	'not-checked': 'Not checked against other reporting',
};

/** `TASS`, `TASS and RBC`, `TASS, RBC and Kommersant`. */
export function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Signal 2 alone: what the claim's `context` says, or that there is none. */
export function outsideSignal(claim: Pick<ResolvedClaim, 'context'>): OutsideSignal {
	const context = claim.context;
	if (!context) return { finding: 'not-checked', label: outsideLabel['not-checked'], differsOn: [], sources: [], note: undefined };
	const differsOn = context.finding === 'refutes' ? (context.differsOn ?? []) : [];
	const on = differsOn.length ? ` (${listNames(differsOn.map((kind) => differenceLabel[kind]))})` : '';
	return { finding: context.finding, label: `${outsideLabel[context.finding]}${on}`, differsOn, sources: context.sources, note: context.note };
}

/**
 * The two signals of one claim, as every view shows them: its relation among
 * the corpus's sources, naming the counterparts, and what outside reporting
 * says about it. Counterparts are read from the data: for `agrees`, the other
 * sources with an `agrees` claim on the event (else any other source's claim
 * on it that is not about another occasion); for a claim in a discrepancy,
 * the other sources that discrepancy names.
 */
export function claimSignals(claim: ResolvedClaim, corpus: SignalSource): ClaimSignals {
	const outlet = (articleId: string) => corpus.article(articleId).data.outlet.name;
	const others = corpus.claimsOfEvent(claim.eventId).filter((other) => other.article !== claim.article);
	const outlets = (claims: readonly Pick<ResolvedClaim, 'article'>[]) => [...new Set(claims.map((c) => c.article))].map(outlet);
	const discrepancies = corpus.event(claim.eventId).data.discrepancies.filter((d) => d.claims.includes(claim.ref));
	const named = new Set(discrepancies.flatMap((d) => d.claims));
	const disputing = outlets(others.filter((other) => named.has(other.ref)));

	let label: string;
	let counterparts: string[] = [];
	switch (claim.relation) {
		case 'agrees': {
			const agreeing = others.filter((other) => other.relation === 'agrees');
			counterparts = outlets(agreeing.length ? agreeing : others.filter((other) => other.relation !== 'other-occasion'));
			label = counterparts.length ? `Agrees with ${listNames(counterparts)}` : 'Agrees';
			break;
		}
		case 'differs': {
			counterparts = disputing.length ? disputing : outlets(others.filter((other) => other.relation !== 'other-occasion'));
			label = counterparts.length ? `Differs from ${listNames(counterparts)}` : 'Differs';
			break;
		}
		case 'adds':
			label = 'Adds detail';
			break;
		case 'other-occasion':
			label = claim.occasion ? `Another occasion (${claim.occasion})` : 'Another occasion';
			break;
	}
	// A claim named in a discrepancy says so, whatever its own relation.
	if (claim.relation !== 'differs' && disputing.length) {
		label = `${label} · ${listNames(disputing)} ${disputing.length > 1 ? 'differ' : 'differs'}`;
		counterparts = [...new Set([...counterparts, ...disputing])];
	}
	const relation: RelationSignal = { kind: claim.relation, label, counterparts, discrepancies };
	const outside = outsideSignal(claim);
	return {
		relation,
		outside,
		contested: claim.relation === 'differs' || discrepancies.length > 0 || outside.finding === 'refutes',
		label: `${relation.label} · ${lowerFirst(outside.label)}`,
	};
}

/**
 * A `SignalSource` from plain lists, for code that runs before the corpus
 * exists (the content check renders and anchors every article first).
 */
export function signalSource(input: {
	claims: readonly ResolvedClaim[];
	events: readonly { id: string; data: { discrepancies: readonly Discrepancy[] } }[];
	articles: readonly { id: string; data: { outlet: { name: string } } }[];
}): SignalSource {
	const byEvent = Map.groupBy(input.claims, (claim) => claim.eventId);
	const events = new Map(input.events.map((event) => [event.id, event]));
	const articles = new Map(input.articles.map((article) => [article.id, article]));
	return {
		claimsOfEvent: (id) => byEvent.get(id) ?? [],
		event: (id) => events.get(id) ?? { data: { discrepancies: [] } },
		article: (id) => articles.get(id) ?? { data: { outlet: { name: id } } },
	};
}
