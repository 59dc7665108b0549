import type { Event } from '../../schemas/event';
import { type ContentProblem, listIds } from './content-problems';
import { datesOverlap } from '../display/timeline';
import type { ResolvedClaim } from './resolve-claims';

/**
 * The editorial rules a machine can check (README, "Editorial rules the build
 * checks"). The rest of the rules need an editor; these make sure the data
 * never says something its own structure contradicts:
 *
 * 1. A discrepancy names claims of this event from at least two sources.
 * 2. A discrepancy is not made of `agrees` claims only.
 * 3. A `differs` claim is named in a discrepancy of its event.
 * 4. An `agrees` claim has an `agrees` claim from another source on the same
 *    event: agreement is mutual.
 * 5. A claim whose `says` date cannot be the event's date is named in a
 *    discrepancy or carries `context` from outside reporting.
 *
 * Context notes need a source with a URL; the schema checks that.
 */
export function checkEditorialRules(events: readonly { id: string; file: string; data: Event }[], claims: readonly ResolvedClaim[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const byEvent = Map.groupBy(claims, (claim) => claim.eventId);
	for (const event of events) {
		const own = byEvent.get(event.id) ?? [];
		const byRef = new Map(own.map((claim) => [claim.ref, claim]));
		const named = new Set<string>();

		event.data.discrepancies.forEach((discrepancy, d) => {
			const field = `discrepancies[${d}]`;
			const found = discrepancy.claims.map((ref) => byRef.get(ref)).filter((claim) => claim !== undefined);
			discrepancy.claims.forEach((ref, i) => {
				// Unknown references are reported by resolveClaims; a known claim of another event is reported here.
				if (!byRef.has(ref) && claims.some((claim) => claim.ref === ref)) {
					problems.push({ file: event.file, field: `${field}.claims[${i}]`, message: `Expected a claim of this event, but \`${ref}\` is a claim about another event. A discrepancy compares claims on the same event: name this event's claims (${listIds(own.map((c) => c.ref))}), or record the discrepancy in the other event's file.` });
				}
			});
			for (const claim of found) named.add(claim.ref);
			const sources = new Set(found.map((claim) => claim.article));
			if (found.length === discrepancy.claims.length && sources.size < 2) {
				problems.push({
					file: event.file,
					field: `${field}.claims`,
					message:
						`Expected claims from at least two different sources, but found ${sources.size === 0 ? 'none' : `only \`${[...sources][0]}\``}. ` +
						'A discrepancy is a disagreement between sources in the corpus. A detail only one source gives, or one source against outside reporting, is not one: ' +
						'move the description into that claim\'s `note`, and the outside reporting into the claim\'s `context`.',
				});
			}
			if (found.length >= 2 && found.every((claim) => claim.relation === 'agrees')) {
				problems.push({
					file: event.file,
					field: `${field}.claims`,
					message: `Every claim it names is marked \`agrees\` (${listIds(found.map((c) => c.ref))}), so the data says they agree and disagree at once. Mark the claim that disagrees \`differs\` (or \`other-occasion\`), or remove the discrepancy and put the difference in a \`note\`.`,
				});
			}
		});

		for (const claim of own) {
			if (claim.relation === 'differs' && !named.has(claim.ref)) {
				problems.push({
					file: claim.file,
					field: `${claim.field}.relation`,
					article: claim.article,
					message: `The claim is marked \`differs\` but no discrepancy of this event names \`${claim.ref}\`. Add a discrepancy that names it with the claim it differs from, or, if no other source in the corpus says otherwise, mark it \`adds\` and put outside reporting in \`context\`.`,
				});
			}
			if (claim.relation === 'agrees' && !own.some((other) => other.article !== claim.article && other.relation === 'agrees')) {
				const others = own.filter((other) => other.article !== claim.article);
				problems.push({
					file: claim.file,
					field: `${claim.field}.relation`,
					article: claim.article,
					message: others.length
						? `The claim is marked \`agrees\`, but no claim of another source on this event is: found ${others.slice(0, 8).map((o) => `\`${o.ref}\` (\`${o.relation}\`)`).join(', ')}. Agreement is mutual: mark the claim that says the same thing \`agrees\` too, or mark this one \`adds\`.`
						: `The claim is marked \`agrees\`, but no other source has a claim about this event, so there is nothing to agree with. Mark it \`adds\`, or add the other source's claim.`,
				});
			}
			if (claim.says && !datesOverlap(claim.says, event.data.when) && !named.has(claim.ref) && !claim.context) {
				problems.push({
					file: claim.file,
					field: `${claim.field}.says`,
					article: claim.article,
					message: `The claim gives ${claim.says.date}, which cannot be the event's date (${event.data.when.date}${event.data.when.until ? ` to ${event.data.when.until}` : ''}). Name the claim in a discrepancy with the source it disagrees with, or, when outside reporting shows it is this source's error, add \`context\` with that reporting and its URL.`,
				});
			}
		}
	}
	return problems;
}
