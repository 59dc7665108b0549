import type { ResolvedClaim } from '../corpus/resolve-claims';
import type { Event } from '../../schemas/event';
import type { PartialDate } from '../../schemas/partial-date';
import { listNames } from '../corpus/claim-signals';
import { contextSourceLabel } from './context-source';
import { formatPartialDate } from './format-date';
import { dateSpan, datesOverlap } from './timeline';

type DateValue = Pick<PartialDate, 'date' | 'until' | 'precision'>;

/** A date one source gives for the event that is not the event's own. */
export interface SaidDate {
	claim: ResolvedClaim;
	/** The source's outlet. */
	outlet: string;
	says: DateValue;
	/** True when it cannot be the event's date (the two share no day). */
	differs: boolean;
	/** Both dates in words, with the source of each: `i24NEWS gives 24 November 2023; other reporting gives 26 November 2023 (TASS, 26 November 2023).`, or `TASS gives November 2023; that includes the event's date, 26 November 2023.` */
	line: string;
}

/** One occasion of an event that spans several (Halperin's two remarks a year apart), on its own date. */
export interface OccasionDate {
	/** The claims' `occasion`, such as `Kommersant interview, February 2024`. */
	label: string;
	/** The dates its claims give (`says`), as one span; undefined when none of them gives one. */
	span: [number, number] | undefined;
	/** The dates in words, or undefined. */
	date: string | undefined;
	/** The outlets of its claims. */
	outlets: string[];
}

/** What the timeline, the event page and "Where they differ" show about an event's dates, from one place so they agree. */
export interface EventDates {
	/** The event's date in words. */
	when: string;
	/** Two or more occasions, each on its own date; empty when the claims describe one occasion. */
	occasions: OccasionDate[];
	/** Dates sources give that are not the event's own, leaving out those drawn as occasions. */
	said: SaidDate[];
}

/**
 * An event's dates: its own (`when`, resting on its note or on the outside
 * sources that contradict a claim's date), the occasions it spans when its
 * claims describe several, and the other dates sources give, each with the
 * source of both dates.
 */
export function eventDates(event: { data: { when: Event['when'] } }, claims: readonly ResolvedClaim[], outletOf: (articleId: string) => string): EventDates {
	const when = formatPartialDate(event.data.when);
	const byOccasion = Map.groupBy(claims.filter((c) => c.occasion !== undefined), (c) => c.occasion!);
	const occasions: OccasionDate[] =
		byOccasion.size < 2
			? []
			: [...byOccasion].map(([label, own]) => {
					const dated = own.filter((c) => c.says);
					const spans = dated.map((c) => dateSpan(c.says!));
					const dates = [...new Set(dated.map((c) => formatPartialDate(c.says!)))];
					return {
						label,
						span: spans.length ? [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))] : undefined,
						date: dates.length ? dates.join(', ') : undefined,
						outlets: [...new Set(own.map((c) => outletOf(c.article)))],
					};
				});
	const drawnAsOccasion = (claim: ResolvedClaim) => occasions.length > 0 && claim.occasion !== undefined;
	const said = claims
		.filter((c) => c.says && formatPartialDate(c.says) !== when && !drawnAsOccasion(c))
		.map((claim): SaidDate => {
			const says = claim.says!;
			const outlet = outletOf(claim.article);
			const differs = !datesOverlap(says, event.data.when);
			// The event's date rests on the outside sources that contradict this claim's date, when there are some; otherwise on its own note.
			const outside = claim.context?.finding === 'refutes' && claim.context.differsOn?.includes('date') ? claim.context.sources.map(contextSourceLabel) : [];
			const basis = outside.length
				? `other reporting gives ${when} (${listNames(outside)})`
				: !differs
					? `that includes the event's date, ${when}`
					: `the event's date is ${when}${event.data.when.note ? ` (${event.data.when.note.replace(/\.$/, '')})` : ''}`;
			return { claim, outlet, says, differs, line: `${outlet} gives ${formatPartialDate(says)}; ${basis}.` };
		});
	return { when, occasions, said };
}
