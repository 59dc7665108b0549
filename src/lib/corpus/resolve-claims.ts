import { type Claim, NARRATION } from '../../schemas/claim';
import type { Entity } from '../../schemas/entity';
import type { Event } from '../../schemas/event';
import { type ContentProblem, listIds } from './content-problems';
import { RESERVED_IDS } from './page-ids';
import { checkVariants } from './variant-rules';

/** A claim with its anchor id, its event and where it is written. */
export interface ResolvedClaim extends Claim {
	/** The anchor on the article page: the claim's `id`, or `defaultClaimId(event, quote)`. */
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
	/** False when the entities file could not be read: entity references are then not checked, so no false errors follow. */
	entitiesKnown?: boolean;
	/** False when the articles folder could not be read: article references are then not checked, so no false errors follow. */
	articlesKnown?: boolean;
	/** Ids of files that exist but failed their own checks: references to them are not reported again. */
	alsoKnown?: { articles?: readonly string[]; events?: readonly string[] };
}

const PARAGRAPH_ID = /^p\d+$/;

/**
 * The id a claim gets when it sets none: the event id and the first words of
 * its quote, such as `krivoi-release-russian-president-could-refer`. It
 * depends on nothing but the claim itself, so adding, removing or reordering
 * other claims never renames it. Quotes without Latin letters or digits get a
 * short hash of the quote instead.
 */
export function defaultClaimId(eventId: string, quote: string): string {
	const words = quote
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	const taken: string[] = [];
	for (const word of words) {
		if (taken.length >= 4 || taken.join('-').length >= 24) break;
		taken.push(word);
	}
	if (taken.length) return `${eventId}-${taken.join('-')}`;
	let hash = 0x811c9dc5;
	for (const char of quote.normalize('NFC')) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `${eventId}-q${hash.toString(36)}`;
}


/**
 * Gives every claim its anchor id and checks every id the content refers to:
 * articles, speakers, entities, related events and the claims discrepancies
 * name. Returns the claims and every problem found, not just the first.
 */
export function resolveClaims(input: ContentInput): { claims: ResolvedClaim[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const articleIds = new Set([...input.articles.map((a) => a.id), ...(input.alsoKnown?.articles ?? [])]);
	const entityIds = new Set(input.entities.map((e) => e.id));
	const entitiesKnown = input.entitiesKnown ?? true;
	const articlesKnown = input.articlesKnown ?? true;
	const eventIds = new Set([...input.events.map((e) => e.id), ...(input.alsoKnown?.events ?? [])]);
	const unknownArticle = (id: string) => `Expected an article id, but found \`${id}\`, which is not in the articles. Known articles: ${listIds(articleIds, id)}. Fix the id, or add \`articles/${id}.md\`.`;

	problems.push(...checkVariants(input.entities, articleIds, input.entitiesFile, unknownArticle).filter((p) => articlesKnown || !/\.in\[\d+\]$/.test(p.field)));
	input.entities.forEach(({ data }, index) => {
		data.variants.forEach((variant, v) => {
			if (articlesKnown && typeof variant !== 'string' && variant.errorIn !== undefined && !articleIds.has(variant.errorIn)) {
				problems.push({ file: input.entitiesFile, field: `[${index}].variants[${v}].errorIn`, message: unknownArticle(variant.errorIn) });
			}
		});
	});

	const claims: ResolvedClaim[] = [];
	const seenRefs = new Map<string, string>();
	for (const event of input.events) {
		event.data.entities.forEach((id, i) => {
			if (entitiesKnown && !entityIds.has(id)) problems.push({ file: event.file, field: `entities[${i}]`, message: `Expected an entity id, but found \`${id}\`, which is not in the entities file. Fix the id, or add it to \`${input.entitiesFile}\`.` });
		});
		event.data.related.forEach((id, i) => {
			if (!eventIds.has(id) || id === event.id) problems.push({ file: event.file, field: `related[${i}]`, message: `Expected the id of another event, but found \`${id}\`. Known events: ${listIds([...eventIds].filter((e) => e !== event.id), id)}.` });
		});
		event.data.claims.forEach((claim, index) => {
			const field = `claims[${index}]`;
			if (articlesKnown && !articleIds.has(claim.article)) problems.push({ file: event.file, field: `${field}.article`, message: unknownArticle(claim.article) });
			if (entitiesKnown && claim.speaker !== NARRATION && !entityIds.has(claim.speaker)) {
				problems.push({ file: event.file, field: `${field}.speaker`, article: claim.article, message: `Expected \`narration\` or an entity id, but found \`${claim.speaker}\`. Fix the id, or add the speaker to \`${input.entitiesFile}\`.` });
			}
			const id = claim.id ?? defaultClaimId(event.id, claim.quote);
			if (PARAGRAPH_ID.test(id)) problems.push({ file: event.file, field: `${field}.id`, article: claim.article, message: `The id \`${id}\` looks like a paragraph anchor (\`p3\`) and would clash with one. Choose another id.` });
			else if (RESERVED_IDS.has(id)) problems.push({ file: event.file, field: claim.id ? `${field}.id` : field, article: claim.article, message: `The claim's id \`${id}\` is one the article page uses for itself (${[...RESERVED_IDS].map((r) => `\`${r}\``).join(', ')}). ${claim.id ? 'Choose another `id`.' : 'Rename the event file, or give the claim its own `id`.'}` });
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
	const eventOf = new Map(claims.map((c) => [c.ref, c.eventId]));
	for (const event of input.events) {
		event.data.movedClaims.forEach((ref, i) => {
			const now = eventOf.get(ref);
			if (now === undefined) problems.push({ file: event.file, field: `movedClaims[${i}]`, message: `Expected a claim reference (\`<article-id>#<claim-id>\`), but found \`${ref}\`, which names no claim. A moved claim keeps its \`id\` in its new event, so its published anchor can link on: restore the claim's \`id\`, or remove this line.` });
			else if (now === event.id) problems.push({ file: event.file, field: `movedClaims[${i}]`, message: `\`${ref}\` is still a claim of this event, so it has not moved. Remove it from \`movedClaims\`.` });
		});
		event.data.discrepancies.forEach((discrepancy, d) => {
			discrepancy.claims.forEach((ref, i) => {
				if (!refs.has(ref)) {
					const ofEvent = claims.filter((c) => c.eventId === event.id).map((c) => c.ref);
					problems.push({ file: event.file, field: `discrepancies[${d}].claims[${i}]`, message: `Expected a claim reference, but found \`${ref}\`, which names no claim. This event's claims are: ${listIds(ofEvent, ref)}.` });
				}
			});
		});
	}
	return { claims, problems };
}
