import type { APIRoute, GetStaticPaths } from 'astro';
import type { StoryView } from '../../../lib/corpus/corpus';
import { storyStaticPaths } from '../../../lib/corpus/story-paths';

export const getStaticPaths = storyStaticPaths satisfies GetStaticPaths;

/**
 * Rules per event of the story, for its compare view's legend, with CSS alone
 * (`:has`): unticking an event's box turns its highlights off, and the
 * fragment `#only-<event-id>` (the legend's "only this" links) shows that
 * event's highlights at full strength and no others. Served as a
 * file so the site needs no inline style under a Content-Security-Policy; one
 * per story, so its size is the story's.
 */
export const GET: APIRoute<{ story: StoryView }> = ({ props }) => {
	const rules = props.story.eventIds.map((id) => {
		const off = `[data-compare]:has(#show-${id}:not(:checked))`;
		const only = `[data-compare]:has(#only-${id}:target)`;
		return (
			`${off} mark.claim[data-event="${id}"]{background:none;box-shadow:none}${off} .claim-ref[data-event="${id}"]{opacity:.45}\n` +
			`${only} mark.claim[data-event="${id}"]{background:var(--claim-bg);box-shadow:inset 0 -3px 0 var(--claim-edge)}${only} mark.claim:not([data-event="${id}"]){background:none;box-shadow:none}${only} .event-chip[data-only="${id}"],${only} .side-note[data-event="${id}"]{background:var(--claim-bg)}`
		);
	});
	return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
