import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/run-astro';

/**
 * Every claim anchor the site has published must keep resolving: on the
 * article page (`#<claim-id>`), on its event page and in the compare view,
 * in the new form (`<article>.<claim>`) and in the pre-0.2 one (`<article>-<claim>`).
 */
const published = readFileSync(join(projectRoot, 'tests/fixtures/published-claim-ids.txt'), 'utf8')
	.split('\n')
	.filter((line) => line && !line.startsWith('#'))
	.map((line) => {
		const [ref, event] = line.split(' ') as [string, string];
		const [article, claim] = ref.split('#') as [string, string];
		return { ref, article, claim, event };
	});

const page = (path: string) => readFileSync(join(projectRoot, 'dist', path, 'index.html'), 'utf8');
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));

describe('the citation contract: published claim anchors still resolve', () => {
	it('covers the 47 claims published before 0.2', () => {
		expect(published).toHaveLength(47);
	});

	const compare = ids(page('compare'));
	it.each(published)('$ref', ({ article, claim, event }) => {
		expect(ids(page(`articles/${article}`)), 'article page').toContain(claim);
		const eventIds = ids(page(`events/${event}`));
		expect(eventIds, 'event page, new form').toContain(`${article}.${claim}`);
		expect(eventIds, 'event page, old form').toContain(`${article}-${claim}`);
		expect(compare, 'compare view, new form').toContain(`${article}.${claim}`);
		expect(compare, 'compare view, old form').toContain(`${article}-${claim}`);
	});

	it('links each claim that moved to another event on to the event page where it is now', () => {
		let moved = 0;
		for (const { article, claim, event } of published) {
			const entry = new RegExp(`<li id="${article}\\.${claim}">[\\s\\S]*?<a href="/events/([^/"]+)/#${article}\\.${claim}"`).exec(page(`events/${event}`));
			if (!entry) continue;
			moved++;
			expect(entry[1], `${article}#${claim}`).not.toBe(event);
			expect(ids(page(`events/${entry[1]}`)), `${article}#${claim} on /events/${entry[1]}/`).toContain(`${article}.${claim}`);
		}
		// The nine claims that left \`russia-hamas-channel\` when it was split (content/events/russia-hamas-channel.yaml, movedClaims).
		expect(moved).toBe(9);
	});

	it('keeps the old compare-view paragraph anchors', () => {
		for (const article of new Set(published.map((p) => p.article))) {
			const count = ids(page(`articles/${article}`));
			for (let n = 1; count.has(`p${n}`); n++) {
				expect(compare).toContain(`${article}-p${n}`);
				expect(compare).toContain(`${article}.p${n}`);
			}
		}
	});
});
