import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAll, hasClass, loadPage } from '../helpers/html';
import { twoStoryFiles, writeContentSet } from '../helpers/content-set';
import { runAstro } from '../helpers/run-astro';

describe('a site of two stories', () => {
	const both = runAstro('build', writeContentSet(twoStoryFiles()));
	const read = (dir: string, path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

	it('builds', () => {
		expect(both.status, both.output).toBe(0);
	});

	it('gives each story its own overview, compare view and events matrix, with only its sources, and one toggles stylesheet for all', () => {
		for (const [story, sources] of [['bridge', ['alpha', 'beta']], ['budget', ['beta', 'gamma']]] as const) {
			for (const path of [`stories/${story}`, `stories/${story}/compare`, `stories/${story}/events`]) expect(existsSync(join(both.outDir, path, 'index.html')), path).toBe(true);
			expect(existsSync(join(both.outDir, `stories/${story}/event-toggles.css`)), 'no stylesheet per story').toBe(false);
			const sheets = findAll(loadPage(`stories/${story}/compare/index.html`, both.outDir), (el) => el.tagName === 'link' && String(el.properties.rel) === 'stylesheet').map((l) => String(l.properties.href));
			expect(sheets).toContain('/event-toggles.css');
			const columns = findAll(loadPage(`stories/${story}/compare/index.html`, both.outDir), (el) => hasClass(el, 'column')).map((el) => el.properties.dataColumn);
			expect(columns).toEqual(sources);
			const headers = findAll(loadPage(`stories/${story}/events/index.html`, both.outDir), (el) => el.tagName === 'th' && el.properties.scope === 'col');
			expect(headers).toHaveLength(sources.length + 1);
		}
		// One rule set per event number, up to the longest story's.
		const toggles = readFileSync(join(both.outDir, 'event-toggles.css'), 'utf8');
		expect(toggles).toContain('[data-compare]:has(input[data-n="1"]:not(:checked)) mark.claim[data-n="1"]');
	});

	it('lists the stories on the home page, and at /compare/ and /events/ when none is primary', () => {
		for (const path of ['', 'compare', 'events']) {
			const links = findAll(loadPage(join(path, 'index.html'), both.outDir), (el) => el.tagName === 'a').map((a) => String(a.properties.href));
			expect(links, path || 'home').toEqual(expect.arrayContaining(['/stories/bridge/', '/stories/budget/', '/stories/bridge/compare/', '/stories/budget/compare/']));
		}
	});

	it('shows on an event page only the sources that report it, and names the story\'s others', () => {
		const sharedFiles = twoStoryFiles();
		sharedFiles['stories/bridge.yaml'] = 'title: The bridge\nsummary: s\nevents: [bridge-opening]\narticles: [gamma]\n';
		const run = runAstro('build', writeContentSet(sharedFiles));
		expect(run.status, run.output).toBe(0);
		const page = loadPage('events/bridge-opening/index.html', run.outDir);
		expect(findAll(page, (el) => hasClass(el, 'alignment-column'))).toHaveLength(2);
		expect(read(run.outDir, 'events/bridge-opening')).toMatch(/Not reported by: <a href="\/articles\/gamma\/">Fixture Gazette<\/a>\./);
	});

	it('leaves a story\'s pages byte for byte the same when another story is added', () => {
		const alone = writeContentSet(Object.fromEntries(Object.entries(twoStoryFiles()).filter(([path]) => !path.includes('budget') && !path.includes('gamma'))));
		const run = runAstro('build', alone);
		expect(run.status, run.output).toBe(0);
		for (const path of ['stories/bridge', 'stories/bridge/compare', 'stories/bridge/events', 'events/bridge-opening', 'articles/alpha']) {
			expect(read(both.outDir, path), path).toBe(read(run.outDir, path));
		}
	});
});
