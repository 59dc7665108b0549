import type { Article } from '../../schemas/article';
import type { Entity } from '../../schemas/entity';
import type { Event } from '../../schemas/event';
import { type ContentProblem, listIds } from './content-problems';
import { loadedWordsIn } from './neutral-words';
import type { ResolvedClaim } from './resolve-claims';
import type { ResolvedStory } from './stories';
import { writtenSourceCounts } from './written-counts';

export interface VoiceRulesInput {
	events: readonly { id: string; file: string; data: Event }[];
	stories: readonly ResolvedStory[];
	entities: readonly { id: string; data: Entity }[];
	entitiesFile: string;
	claims: readonly ResolvedClaim[];
	/** The articles, for the editor's notes in their frontmatter (`title.note`, `published.note`, `removed[].reason`). Optional. */
	articles?: readonly { file: string; data: Article }[];
}

/** One piece of the project's own prose: where it is written, and what it says. */
interface OwnText {
	file: string;
	field: string;
	text: string;
}

/** Every field written in the project's own voice: titles, summaries, notes, `when.note`, context notes, discrepancies, entity descriptions and the editor's notes on articles (never a source's own headline or text). */
function ownTexts(input: VoiceRulesInput): OwnText[] {
	const out: OwnText[] = [];
	const add = (file: string, field: string, text: string | undefined) => {
		if (text) out.push({ file, field, text });
	};
	for (const story of input.stories) {
		add(story.file, 'title', story.title);
		add(story.file, 'summary', story.summary);
	}
	for (const { file, data } of input.events) {
		add(file, 'title', data.title);
		add(file, 'when.note', data.when.note);
		add(file, 'summary', data.summary);
		data.claims.forEach((claim, i) => {
			add(file, `claims[${i}].note`, claim.note);
			add(file, `claims[${i}].occasion`, claim.occasion);
			add(file, `claims[${i}].excerpt`, claim.excerpt);
			add(file, `claims[${i}].crossesParagraphs`, claim.crossesParagraphs);
			add(file, `claims[${i}].context.note`, claim.context?.note);
		});
		data.discrepancies.forEach((d, i) => {
			add(file, `discrepancies[${i}].about`, d.about);
			add(file, `discrepancies[${i}].description`, d.description);
			add(file, `discrepancies[${i}].context.note`, d.context?.note);
		});
	}
	for (const { file, data } of input.articles ?? []) {
		add(file, 'title.note', data.title.note);
		add(file, 'published.note', data.published.note);
		data.removed.forEach((r, i) => add(file, `removed[${i}].reason`, r.reason));
	}
	input.entities.forEach(({ data }, i) => {
		add(input.entitiesFile, `[${i}].description`, data.description);
		data.variants.forEach((variant, v) => {
			if (typeof variant !== 'string') add(input.entitiesFile, `[${i}].variants[${v}].note`, variant.note);
		});
	});
	return out;
}

/**
 * The rules on the project's own prose (README, "Editorial rules the build
 * checks", 9 and 10):
 *
 * - **Computed, not written.** A story's or an event's title or summary that
 *   states a count of sources the data contradicts is refused.
 * - **Neutral words.** Outside quotation marks, the loaded words of
 *   `LOADED_WORDS` are refused, with the word and the fix.
 */
export function checkOwnVoice(input: VoiceRulesInput): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { file, field, text } of ownTexts(input)) {
		for (const hit of loadedWordsIn(text)) {
			problems.push({
				file,
				field,
				message: `Expected neutral words in the project's own voice, but found \`${hit.found}\`: "${hit.word}" judges what a party says (EDITORIAL.md, "Context and dates"). ${hit.fix[0]!.toUpperCase()}${hit.fix.slice(1)}. A party's own word may stay inside quotation marks, attributed to them.`,
			});
		}
	}
	const sourcesOfEvent = new Map<string, Set<string>>();
	for (const claim of input.claims) sourcesOfEvent.set(claim.eventId, (sourcesOfEvent.get(claim.eventId) ?? new Set()).add(claim.article));
	const counted = [
		...input.stories.flatMap((s) => [
			{ file: s.file, field: 'title', text: s.title, what: 'the story', sources: s.articleIds },
			{ file: s.file, field: 'summary', text: s.summary, what: 'the story', sources: s.articleIds },
		]),
		...input.events.flatMap((e) => {
			const sources = [...(sourcesOfEvent.get(e.id) ?? [])];
			return [
				{ file: e.file, field: 'title', text: e.data.title, what: 'the event', sources },
				{ file: e.file, field: 'summary', text: e.data.summary, what: 'the event', sources },
			];
		}),
	];
	for (const { file, field, text, what, sources } of counted) {
		for (const written of writtenSourceCounts(text)) {
			if (written.count === sources.length) continue;
			problems.push({
				file,
				field,
				message: `The ${field} says \`${written.found}\`, but ${what} has ${sources.length} source${sources.length === 1 ? '' : 's'} (${listIds(sources)}). The reader shows how many sources there are, and which, from the data, so a count written by hand goes stale: remove it, and say who reports what instead.`,
			});
		}
	}
	return problems;
}
