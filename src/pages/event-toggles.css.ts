import type { APIRoute } from 'astro';
import { getCorpus } from '../lib/corpus/corpus';

/**
 * One rule per event for the compare view's legend: unticking an event's box
 * turns its highlights off, with CSS alone (`:has`). Served as a file so the
 * site needs no inline style under a Content-Security-Policy.
 */
export const GET: APIRoute = async () => {
	const { events } = await getCorpus();
	const rules = events.map(({ id }) => {
		const off = `[data-compare]:has(#show-${id}:not(:checked))`;
		return `${off} mark.claim[data-event="${id}"]{background:none;box-shadow:none}${off} .claim-ref[data-event="${id}"]{opacity:.45}`;
	});
	return new Response(`${rules.join('\n')}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
