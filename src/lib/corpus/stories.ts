import type { Story } from '../../schemas/story';
import { compareCodeUnits } from './order';
import { type ContentProblem, listIds } from './content-problems';

/** A story with its events and sources resolved, each in reading order. */
export interface ResolvedStory {
	id: string;
	file: string;
	title: string;
	summary: string;
	primary: boolean;
	/** Its events, in the order they happened (the corpus order). */
	eventIds: string[];
	/** Its sources: those listed and those with a claim about one of its events, in the corpus order. */
	articleIds: string[];
}

export interface StoryInput {
	stories: readonly { id: string; file: string; data: Story }[];
	/** Every event id, in the order they happened. */
	events: readonly { id: string; file: string }[];
	/** Every article id, in the corpus order. */
	articles: readonly string[];
	/** Which articles have a claim about which event. */
	claims: readonly { article: string; eventId: string }[];
	/** Where a story file goes, for messages. */
	storiesFolder: string;
	/** Ids of article and event files that exist but have problems of their own (already reported): a story naming one is not told to add it. */
	alsoKnown?: { articles?: readonly string[]; events?: readonly string[] } | undefined;
	/** False when the articles folder could not be read: a story's article ids are then not checked. */
	articlesKnown?: boolean | undefined;
}

/** Events in the order they happened, then by id: the order of every list of events and of their numbers. */
export function byWhen(a: { id: string; data: { when: { date: string } } }, b: { id: string; data: { when: { date: string } } }): number {
	return compareCodeUnits(a.data.when.date, b.data.when.date) || compareCodeUnits(a.id, b.id);
}

/** Each event's number within its story, from 1: shown beside its claims so colour is never the only signal. */
export function eventNumbers(stories: readonly ResolvedStory[]): Map<string, number> {
	return new Map(stories.flatMap((story) => story.eventIds.map((id, i) => [id, i + 1] as const)));
}

/** The id of the story made when the content has no `stories/` folder. */
export const IMPLICIT_STORY = 'all';


/**
 * Resolves the stories and checks them: every id they name exists, every
 * event is in exactly one story, and at most one story is `primary`. Content
 * without stories is one implicit story of everything, shown as before.
 */
export function resolveStories(input: StoryInput): { stories: ResolvedStory[]; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const eventIds = new Set(input.events.map((e) => e.id));
	const articleIds = new Set(input.articles);
	const articlesOfEvent = new Map<string, Set<string>>();
	for (const claim of input.claims) {
		const set = articlesOfEvent.get(claim.eventId) ?? new Set<string>();
		set.add(claim.article);
		articlesOfEvent.set(claim.eventId, set);
	}
	const build = (id: string, file: string, data: Pick<Story, 'title' | 'summary' | 'primary'>, events: ReadonlySet<string>, listed: readonly string[]): ResolvedStory => {
		const sources = new Set(listed);
		for (const event of events) for (const article of articlesOfEvent.get(event) ?? []) sources.add(article);
		return {
			id,
			file,
			title: data.title,
			summary: data.summary,
			primary: data.primary,
			eventIds: input.events.map((e) => e.id).filter((e) => events.has(e)),
			articleIds: input.articles.filter((a) => sources.has(a)),
		};
	};

	if (input.stories.length === 0) {
		return {
			stories: [build(IMPLICIT_STORY, input.storiesFolder, { title: 'All sources', summary: 'Every source and event of this site, side by side.', primary: true }, eventIds, [])],
			problems,
		};
	}

	const storyOf = new Map<string, string>();
	const stories: ResolvedStory[] = [];
	for (const story of input.stories) {
		const own = new Set<string>();
		story.data.events.forEach((event, i) => {
			if (!eventIds.has(event)) {
				if (input.alsoKnown?.events?.includes(event)) return;
				problems.push({ file: story.file, field: `events[${i}]`, message: `Expected an event id, but found \`${event}\`, which is not in the events. Known events: ${listIds(eventIds, event)}. Fix the id, or add \`events/${event}.yaml\`.` });
				return;
			}
			const other = storyOf.get(event);
			if (other !== undefined && other !== story.id) {
				problems.push({ file: story.file, field: `events[${i}]`, message: `The event \`${event}\` is already in the story \`${other}\`. An event belongs to one story, so its number and colour are the same wherever it is shown: remove it from one of the two.` });
				return;
			}
			storyOf.set(event, story.id);
			own.add(event);
		});
		story.data.articles.forEach((article, i) => {
			if (input.articlesKnown !== false && !articleIds.has(article) && !input.alsoKnown?.articles?.includes(article)) problems.push({ file: story.file, field: `articles[${i}]`, message: `Expected an article id, but found \`${article}\`, which is not in the articles. Known articles: ${listIds(articleIds, article)}.` });
		});
		stories.push(build(story.id, story.file, story.data, own, story.data.articles.filter((a) => articleIds.has(a))));
	}
	for (const event of input.events) {
		if (!storyOf.has(event.id)) {
			problems.push({ file: event.file, field: '(story)', message: `The event \`${event.id}\` is in no story, so no page would show it. Add \`${event.id}\` to the \`events\` of a story in \`${input.storiesFolder}/\`.` });
		}
	}
	const primaries = stories.filter((s) => s.primary);
	if (primaries.length > 1) {
		for (const story of primaries.slice(1)) {
			problems.push({ file: story.file, field: 'primary', message: `Only one story can be \`primary\` (shown at \`/compare/\` and \`/events/\`), and \`${primaries[0]!.id}\` already is. Remove \`primary: true\` here.` });
		}
	}
	return { stories, problems };
}
