import type { APIRoute, GetStaticPaths } from 'astro';
import type { StoryView } from '../../../lib/corpus/corpus';
import { storyStaticPaths } from '../../../lib/corpus/story-paths';

export const getStaticPaths = storyStaticPaths satisfies GetStaticPaths;

/**
 * One rule per event of the story, for its compare view's legend: unticking an
 * event's box turns its highlights off, with CSS alone (`:has`). Served as a
 * file so the site needs no inline style under a Content-Security-Policy; one
 * per story, so its size is the story's.
 */
export const GET: APIRoute<{ story: StoryView }> = ({ props }) => {
	const rules = props.story.eventIds.map((id) => {
		const off = `[data-compare]:has(#show-${id}:not(:checked))`;
		return `${off} mark.claim[data-event="${id}"]{background:none;box-shadow:none}${off} .claim-ref[data-event="${id}"]{opacity:.45}`;
	});
	return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
