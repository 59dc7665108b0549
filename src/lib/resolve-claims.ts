import { type Claim, NARRATION } from '../schemas/claim';
import type { Entity } from '../schemas/entity';
import type { Event } from '../schemas/event';
import type { ContentProblem } from './content-problems';

/** A claim with its anchor id, its event and where it is written. */
export interface ResolvedClaim extends Claim {
	/** The anchor on the article page, such as `krivoi-release` or `krivoi-release-2`. */
	id: string;
	/** `<article-id>#<id>`: unique in the corpus, and the reference discrepancies use. */
	ref: string;
	eventId: string;
	/** The file and field it comes from, for messages: `content/events/x.yaml`, `claims[2]`. */
	file: string;
	field: string;
}

export interface ContentInput {
	articles: readonly { id: string }[];
	events: readonly { id: string; file: string; data: Event }[];
	entities: readonly { id: string; data: Entity }[];
	entitiesFile: string;
}

const PARAGRAPH_ID = /^p\d+$/;

function listIds(ids: Iterable<string>): string {
	const list = [...ids].sort();
	return list.length ? list.map((id) => `\`${id}\``).join(', ') : 'none';
}

/**
 * Gives every claim its anchor id and checks every id the content refers to:
 * articles, speakers, entities, related events and the claims discrepancies
 * name. Returns the claims and every problem found, not just the first.
 */
export function resolveClaims(input: ContentInput): { claims: ResolvedClaim[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const articleIds = new Set(input.articles.map((a) => a.id));
	const entityIds = new Set(input.entities.map((e) => e.id));
	const eventIds = new Set(input.events.map((e) => e.id));
	const unknownArticle = (id: string) => `Expected an article id, but found \`${id}\`, which is not in the articles. Known articles: ${listIds(articleIds)}. Fix the id, or add \`articles/${id}.md\`.`;

	input.entities.forEach(({ id, data }, index) => {
		data.variants.forEach((variant, v) => {
			if (typeof variant !== 'string' && variant.errorIn !== undefined && !articleIds.has(variant.errorIn)) {
				problems.push({ file: input.entitiesFile, field: `[${index}] \`${id}\`.variants[${v}].errorIn`, message: unknownArticle(variant.errorIn) });
			}
		});
	});

	const claims: ResolvedClaim[] = [];
	const seenRefs = new Map<string, string>();
	for (const event of input.events) {
		const perArticle = new Map<string, number>();
		event.data.entities.forEach((id, i) => {
			if (!entityIds.has(id)) problems.push({ file: event.file, field: `entities[${i}]`, message: `Expected an entity id, but found \`${id}\`, which is not in the entities file. Fix the id, or add it to \`${input.entitiesFile}\`.` });
		});
		event.data.related.forEach((id, i) => {
			if (!eventIds.has(id) || id === event.id) problems.push({ file: event.file, field: `related[${i}]`, message: `Expected the id of another event, but found \`${id}\`. Known events: ${listIds([...eventIds].filter((e) => e !== event.id))}.` });
		});
		event.data.claims.forEach((claim, index) => {
			const field = `claims[${index}]`;
			if (!articleIds.has(claim.article)) problems.push({ file: event.file, field: `${field}.article`, message: unknownArticle(claim.article) });
			if (claim.speaker !== NARRATION && !entityIds.has(claim.speaker)) {
				problems.push({ file: event.file, field: `${field}.speaker`, article: claim.article, message: `Expected \`narration\` or an entity id, but found \`${claim.speaker}\`. Fix the id, or add the speaker to \`${input.entitiesFile}\`.` });
			}
			const n = (perArticle.get(claim.article) ?? 0) + 1;
			perArticle.set(claim.article, n);
			const id = claim.id ?? (n === 1 ? event.id : `${event.id}-${n}`);
			if (PARAGRAPH_ID.test(id)) problems.push({ file: event.file, field: `${field}.id`, article: claim.article, message: `The id \`${id}\` looks like a paragraph anchor (\`p3\`) and would clash with one. Choose another id.` });
			const ref = `${claim.article}#${id}`;
			const earlier = seenRefs.get(ref);
			if (earlier) {
				problems.push({ file: event.file, field, article: claim.article, message: `Duplicate claim id \`${id}\` in article \`${claim.article}\`: ${earlier} already has it. Give one of them a different \`id\`.` });
			}
			seenRefs.set(ref, `${event.file}, ${field}`);
			claims.push({ ...claim, id, ref, eventId: event.id, file: event.file, field });
		});
	}

	const refs = new Set(claims.map((c) => c.ref));
	for (const event of input.events) {
		event.data.discrepancies.forEach((discrepancy, d) => {
			discrepancy.claims.forEach((ref, i) => {
				if (!refs.has(ref)) {
					const ofEvent = claims.filter((c) => c.eventId === event.id).map((c) => c.ref);
					problems.push({ file: event.file, field: `discrepancies[${d}].claims[${i}]`, message: `Expected a claim reference, but found \`${ref}\`, which names no claim. This event's claims are: ${listIds(ofEvent)}.` });
				}
			});
		});
	}
	return { claims, problems };
}
