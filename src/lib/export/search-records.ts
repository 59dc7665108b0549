import type { Article } from '../../schemas/article';
import type { Entity } from '../../schemas/entity';
import { passageNames } from './search-names';
import { articleName } from '../citing/article-label';
import type { RenderedCorpus, SearchRecord } from '../corpus/render-corpus';
import type { ResolvedClaim } from '../corpus/resolve-claims';
import type { ResolvedStory } from '../corpus/stories';

/** Text for HTML: `&`, `<`, `>` and `"` escaped, so it reads back as written. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The search index's records: one per article, so Pagefind writes one
 * fragment file per article, not one per paragraph. Each record is a small
 * HTML page for Pagefind's `addHTMLFile`: every paragraph starts with an
 * empty anchor, `<a id="p<n>" data-pagefind-title="<n>">`, and when it names
 * entities it is followed by its own names block, anchored `n<n>`
 * (`Names: Roni Krivoi, also written Krivoy.`, search-names.ts). Pagefind
 * returns a result per article with a sub-result per anchor that holds a hit,
 * its excerpt kept inside that anchor's words; the search box maps `p<n>` and
 * `n<n>` to the paragraph's link, `/articles/<id>/#p<n>` (src/scripts/search.ts).
 *
 * Outside the indexed body, the page carries the result's metadata: `title`
 * (`Outlet: article`), `names` (JSON, by paragraph number, whose name each
 * written form is, a source's known error flagged) and `nameIndex` (each
 * entity's names, for the landing highlight); and the filters a reader
 * narrows by: outlet, story, the events the article's claims support, and
 * language.
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
		if (input.rendered.anchored.get(claim.ref)?.paragraph === undefined) continue;
		eventsIn.set(claim.article, (eventsIn.get(claim.article) ?? new Set()).add(input.eventTitle(claim.eventId)));
	}
	return input.articles.map(({ id, data }) => {
		const shown: Record<string, string> = {};
		const nameIndex = new Map<string, string>();
		const body = (input.rendered.paragraphs.get(id) ?? []).map(({ n, text }) => {
			const paragraph = `<p><a id="p${n}" data-pagefind-title="${n}"></a>${escape(text)}</p>`;
			// Every spelling of every name in the passage is indexed after it, so "Krivoy" finds "Roni Krivoi"; the result says whose name it is.
			const names = input.entities && passageNames(text, id, input.rendered.names.get(id) ?? [], input.entities);
			if (!names) return paragraph;
			shown[n] = names.shown;
			for (const entry of names.index.split(';')) nameIndex.set(entry.slice(0, entry.indexOf('=')), entry);
			return `${paragraph}\n<p><a id="n${n}" data-pagefind-title="${n}"></a>${escape(names.indexed)}</p>`;
		});
		const meta: Record<string, string> = { title: data.title.text === undefined ? articleName(data) : `${data.outlet.name}: ${articleName(data)}` };
		if (nameIndex.size) Object.assign(meta, { names: JSON.stringify(shown), nameIndex: [...nameIndex.values()].join(';') });
		const filters = { outlet: [data.outlet.name], story: storiesOf.get(id) ?? [], event: [...(eventsIn.get(id) ?? [])].sort(), language: [data.language] };
		const head = [
			...Object.entries(meta).map(([key, value]) => `<span data-pagefind-meta="${key}">${escape(value)}</span>`),
			...Object.entries(filters).flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${key}">${escape(value)}</span>`)),
		];
		return {
			url: `${input.base}articles/${id}/`,
			language: data.language,
			html: `<html lang="${escape(data.language)}"><body>\n${head.join('\n')}\n<main data-pagefind-body>\n${body.join('\n')}\n</main></body></html>`,
		};
	});
}
