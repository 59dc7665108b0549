import type { APIRoute } from 'astro';
import { getCorpus } from '../lib/corpus/corpus';

/**
 * Rules for the compare views' legends, with CSS alone (`:has`): unticking an
 * event's box turns its highlights off, and the fragment `#only-<event-id>`
 * (the legend's "only this" links) shows that event's highlights at full
 * strength and no others. The rules key on each event's number within its
 * story (`data-n` on the legend's boxes and targets, the marks and the side
 * notes), so one file serves every story, with one set of rules per number up
 * to the longest story's. Served as a file so the site needs no inline style
 * under its Content-Security-Policy.
 */
export const GET: APIRoute = async () => {
	const corpus = await getCorpus();
	const most = Math.max(0, ...corpus.stories.map((story) => story.eventIds.length));
	const rules = Array.from({ length: most }, (_, i) => {
		const n = `[data-n="${i + 1}"]`;
		const off = `[data-compare]:has(input${n}:not(:checked))`;
		const only = `[data-compare]:has(.state-target${n}:target)`;
		return (
			`${off} mark.claim${n}{background:none;box-shadow:none}${off} .side-note${n} .claim-ref{opacity:.45}\n` +
			`${only} mark.claim${n}{background:var(--claim-bg);box-shadow:inset 0 -3px 0 var(--claim-edge)}${only} mark.claim:not(${n}){background:none;box-shadow:none}${only} :is(.event-chip,.side-note)${n}{background:var(--claim-bg)}`
		);
	});
	return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
