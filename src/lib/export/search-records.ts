import type { Article } from '../../schemas/article';
import type { Entity } from '../../schemas/entity';
import { passageNames } from './search-names';
import { articleName } from '../citing/article-label';
import type { RenderedCorpus, SearchRecord } from '../corpus/render-corpus';
import type { ResolvedClaim } from '../corpus/resolve-claims';
import type { ResolvedStory } from '../corpus/stories';

/**
 * The search index's records: one per paragraph of every source, so a result
 * leads to the passage (`/articles/<id>/#p<n>`), not only to the page. Each
 * carries the filters a reader narrows by: outlet, story, the events claimed
 * in that paragraph, and language.
 */
export function searchRecords(input: {
	base: string;
	articles: readonly { id: string; data: Article }[];
	claims: readonly ResolvedClaim[];
	rendered: RenderedCorpus;
	stories: readonly ResolvedStory[];
	eventTitle(eventId: string): string;
	/** The entities, so a passage is found by every spelling of a name it contains. Optional. */
	entities?: ReadonlyMap<string, Entity>;
}): SearchRecord[] {
	const storiesOf = new Map<string, string[]>();
	for (const story of input.stories) for (const id of story.articleIds) storiesOf.set(id, [...(storiesOf.get(id) ?? []), story.title]);
	const eventsIn = new Map<string, Set<string>>();
	for (const claim of input.claims) {
		const paragraph = input.rendered.anchored.get(claim.ref)?.paragraph;
		if (paragraph === undefined) continue;
		const key = `${claim.article}#${paragraph}`;
		eventsIn.set(key, (eventsIn.get(key) ?? new Set()).add(input.eventTitle(claim.eventId)));
	}
	return input.articles.flatMap(({ id, data }) =>
		(input.rendered.paragraphs.get(id) ?? []).map(({ n, text }) => {
			// Every spelling of every name in the passage is indexed with it, so "Krivoy" finds "Roni Krivoi"; the result says whose name it is.
			const names = input.entities && passageNames(text, id, input.rendered.names.get(id) ?? [], input.entities);
			return {
				url: `${input.base}articles/${id}/#p${n}`,
				content: names ? `${text}\n${names.indexed}` : text,
				meta: { title: `${data.title.text === undefined ? articleName(data) : `${data.outlet.name}: ${articleName(data)}`}, paragraph ${n}`, ...(names ? { names: names.shown, nameIndex: names.index } : {}) },
				filters: { outlet: [data.outlet.name], story: storiesOf.get(id) ?? [], event: [...(eventsIn.get(`${id}#${n}`) ?? [])], language: [data.language] },
			};
		}),
	);
}
