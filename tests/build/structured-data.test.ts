import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findAll, hasClass, loadPage, textOf } from '../helpers/html';
import { projectRoot } from '../helpers/run-astro';

const dist = join(projectRoot, 'dist');
// biome-ignore lint: loose JSON
const dataBlocks = (path: string): any[] => findAll(loadPage(path), (el) => el.tagName === 'script' && el.properties.type === 'application/ld+json').map((el) => JSON.parse(textOf(el)));

describe('schema.org in the pages', () => {
	it('describes each source as a NewsArticle, with a headline and a date only when the source states them', () => {
		const expected = {
			'i24news-2024-02-08': { headline: undefined, datePublished: '2024-02-08' },
			'tass-2025-02-10': { headline: undefined, datePublished: undefined },
			'new-telegraph-2025-04': { headline: undefined, datePublished: undefined },
		};
		for (const [id, fields] of Object.entries(expected)) {
			const [data] = dataBlocks(`articles/${id}/index.html`);
			expect(data['@type']).toBe('NewsArticle');
			expect(data.headline).toBe(fields.headline);
			expect(data.datePublished).toBe(fields.datePublished);
			expect(data.publisher['@type']).toBe('NewsMediaOrganization');
			expect(URL.canParse(data.url)).toBe(true);
		}
	});

	it('gives every claim of an event page as a Claim with its appearances, and never a ClaimReview', () => {
		for (const name of readdirSync(join(dist, 'events'))) {
			if (!name.match(/^[a-z0-9-]+$/)) continue;
			const page = loadPage(`events/${name}/index.html`);
			const cards = findAll(page, (el) => hasClass(el, 'claim-card'));
			const [data] = dataBlocks(`events/${name}/index.html`);
			expect(data['@graph']).toHaveLength(cards.length);
			for (const claim of data['@graph']) {
				expect(claim['@type']).toBe('Claim');
				expect(claim.text.length).toBeGreaterThan(0);
				expect(claim.appearance).toHaveLength(2);
				expect(claim.about.url).toMatch(new RegExp(`/events/${name}/$`));
			}
		}
		for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.html'))) {
			expect(readFileSync(join(dist, name), 'utf8'), name).not.toContain('ClaimReview');
		}
	});

	it('lists the outside reporting a claim was checked against as its citation', () => {
		const [data] = dataBlocks('events/krivoi-release/index.html');
		const i24 = data['@graph'].find((claim: { appearance: { url: string }[] }) => claim.appearance[1]!.url.includes('/articles/i24news-2024-02-08/'));
		// The outside sources as the event file gives them, so an editor's correction of a date flows through.
		const event = parse(readFileSync(join(projectRoot, 'content/events/krivoi-release.yaml'), 'utf8')) as { claims: { article: string; context?: { sources: { outlet: string; date: string; url: string; title?: string }[] } }[] };
		const sources = event.claims.find((c) => c.article === 'i24news-2024-02-08')!.context!.sources;
		expect(sources.length).toBeGreaterThan(0);
		expect(i24.citation).toEqual(sources.map((s) => ({ '@type': 'NewsArticle', url: s.url, ...(s.title ? { headline: s.title } : {}), datePublished: s.date, publisher: { '@type': 'NewsMediaOrganization', name: s.outlet } })));
		const tass = data['@graph'].find((claim: { appearance: { url: string }[] }) => claim.appearance[1]!.url.includes('/articles/tass-2025-02-10/'));
		expect(tass.citation).toBeUndefined();
	});

	it('attributes a claim to its speaker, or to the outlet when it is the outlet\'s own voice', () => {
		const [data] = dataBlocks('events/trufanov-release/index.html');
		const authors = data['@graph'].map((c: { author: { name: string } }) => c.author.name);
		expect(authors).toEqual(['Maria Zakharova', 'Maria Zakharova', 'New Telegraph']);
	});
});
