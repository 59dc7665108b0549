import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../scripts/bench/generate-corpus';
import { STORIES_PER_PAGE } from '../../src/lib/display/list-pages';
import { ENTITY_PASSAGES_SHOWN } from '../../src/lib/corpus/entity-sources';
import { findAll, hasClass, loadPage } from '../helpers/html';
import { type AstroRun, runAstro } from '../helpers/run-astro';

// A generated site with more stories than one page lists: every list stays bounded, and every story is still reachable.
let run: AstroRun;
let stories: number;
beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'parallax-lists-'));
	const corpus = generateCorpus(140);
	stories = corpus.stories;
	writeCorpus(dir, corpus);
	run = runAstro('build', dir);
}, 240_000);

const page = (path: string) => loadPage(join(path, 'index.html'), run.outDir);
const html = (path: string) => readFileSync(join(run.outDir, path, 'index.html'), 'utf8');
const cards = (path: string) => findAll(page(path), (el) => hasClass(el, 'story-card'));
const links = (path: string, rel: string) => [...html(path).matchAll(new RegExp(`<link rel="${rel}" href="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('lists stay small at any size', () => {
	it('builds', () => {
		expect(run.status, run.output).toBe(0);
		expect(stories).toBeGreaterThan(STORIES_PER_PAGE);
	});

	it('lists the stories in pages, each linked to the next and the previous, every story on exactly one page', () => {
		const pages = Math.ceil(stories / STORIES_PER_PAGE);
		const paths = ['', ...Array.from({ length: pages - 1 }, (_, i) => `stories/page/${i + 2}`)];
		expect(cards('')).toHaveLength(STORIES_PER_PAGE);
		expect(links('', 'next')).toEqual(['/stories/page/2/']);
		expect(links('', 'prev')).toEqual([]);
		expect(links(paths.at(-1)!, 'prev')).toEqual([pages === 2 ? '/' : `/stories/page/${pages - 1}/`]);
		expect(links(paths.at(-1)!, 'next')).toEqual([]);
		expect(existsSync(join(run.outDir, `stories/page/${pages + 1}`))).toBe(false);
		const listed = paths.flatMap((path) => cards(path).map((card) => findAll(card, (el) => el.tagName === 'a')[0]!.properties.href));
		expect(listed).toHaveLength(stories);
		expect(new Set(listed).size).toBe(stories);
		// The other lists of stories show the first page and lead on to the rest.
		for (const path of ['events', 'differences']) if (cards(path).length > 0) expect(cards(path)).toHaveLength(STORIES_PER_PAGE);
		const sitemap = readFileSync(join(run.outDir, 'sitemap.xml'), 'utf8');
		for (const path of paths.slice(1)) expect(sitemap).toContain(`/${path}/</loc>`);
	});

	it('quotes a bounded number of passages on an entity page, and links every source that names the entity', () => {
		let counted = 0;
		for (const id of readdirSync(join(run.outDir, 'entities'))) {
			const entity = page(`entities/${id}`);
			expect(findAll(entity, (el) => hasClass(el, 'named-passage')).length, id).toBeLessThanOrEqual(ENTITY_PASSAGES_SHOWN);
			const note = findAll(entity, (el) => hasClass(el, 'note')).map((el) => /^(\d+) of the site's/.exec(String((el.children[0] as { value?: string })?.value ?? ''))?.[1]).find(Boolean);
			const sourceLinks = findAll(entity, (el) => el.tagName === 'dd').flatMap((dd) => findAll(dd, (el) => el.tagName === 'a'));
			if (!note) continue;
			expect(new Set(sourceLinks.map((a) => String(a.properties.href).split('#')[0])).size, id).toBe(Number(note));
			counted++;
		}
		expect(counted).toBeGreaterThan(0);
	});
});
