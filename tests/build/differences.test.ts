import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareAgreements } from '../helpers/bare-agreements';
import { findAll, hasClass, loadPage, normalizeSpace, textOf } from '../helpers/html';
import { projectRoot, runAstro } from '../helpers/run-astro';

const fixture = join(projectRoot, 'tests/fixtures/content/differences');

describe('where they differ, on a fixture with a contradicted claim, a discrepancy and a story with neither', () => {
	const run = runAstro('build', fixture);
	const page = (path: string) => loadPage(join(path, 'index.html'), run.outDir);
	const text = (path: string) => normalizeSpace(textOf(page(path)));
	const hrefs = (root: ReturnType<typeof page>) => findAll(root, (el) => el.tagName === 'a').map((a) => String(a.properties.href));

	it('builds', () => {
		expect(run.status, run.output).toBe(0);
	});

	it('lists the discrepancy with both passages side by side, and the contradicted claim with its passage, what differs and the outside source', () => {
		const differences = page('stories/ferry/differences');
		const [between, outside] = findAll(differences, (el) => hasClass(el, 'cases-section'));
		const disagreements = findAll(between!, (el) => hasClass(el, 'case'));
		expect(disagreements).toHaveLength(1);
		expect(findAll(disagreements[0]!, (el) => hasClass(el, 'case-passage')).map((el) => normalizeSpace(textOf(findAll(el, (q) => q.tagName === 'blockquote')[0]!)))).toEqual([
			'Captain Ola Bergh said a crew of 40 would run the service.',
			'Captain Ola Berg said 45 crew members run the service.',
		]);
		const contradicted = findAll(outside!, (el) => hasClass(el, 'case'));
		expect(contradicted).toHaveLength(1);
		const said = normalizeSpace(textOf(contradicted[0]!));
		expect(said).toContain('The new ferry was launched on 3 March, the port authority said.');
		expect(said).toContain('Agrees with River Times');
		expect(said).toContain('Contradicted by other reporting (date): Fixture Wire reported the launch on 5 March 2024.');
		expect(said).toContain('Harbour Post gives 3 March 2024; other reporting gives 5 March 2024 (Fixture Wire, 5 March 2024).');
		// Each case links to its event page and its passage; the outside source is linked.
		const links = hrefs(differences);
		for (const href of ['/events/ferry-crew/', '/articles/harbour-post-2024-03-08/#ferry-crew', '/articles/river-times-2024-06-14/#ferry-crew', '/events/ferry-launch/', '/articles/harbour-post-2024-03-08/#ferry-launch', '/events/ferry-launch/#harbour-post-2024-03-08.ferry-launch', 'https://example.org/wire/ferry']) {
			expect(links, href).toContain(href);
		}
	});

	it('keeps the primary story\'s page at /differences/, and says so when a story has neither kind of case', () => {
		expect(text('differences')).toContain('1 disagreement between sources · 1 claim contradicted by other reporting');
		const empty = text('stories/library/differences');
		expect(empty).toContain('No disagreements between sources · No claims contradicted by other reporting');
		expect(empty).toContain('No disagreement between the story\'s sources is recorded');
		expect(empty).toContain('No claim of this story is contradicted by the other reporting checked.');
	});

	it('links the page, with its counts, from the home page, each story, the compare view and the site navigation', () => {
		const linkText = (path: string, href: string) => findAll(page(path), (el) => el.tagName === 'a' && el.properties.href === href).map((a) => normalizeSpace(textOf(a)));
		expect(linkText('', '/stories/ferry/differences/')).toContain('Where they differ: 1 disagreement between sources · 1 claim contradicted by other reporting');
		expect(linkText('', '/stories/library/differences/')).toContain('Where they differ: No disagreements between sources · No claims contradicted by other reporting');
		expect(linkText('stories/ferry', '/stories/ferry/differences/')[0]).toMatch(/^Where they differ: 1 disagreement/);
		expect(linkText('stories/ferry/compare', '/stories/ferry/differences/')[0]).toMatch(/^Where they differ: 1 disagreement/);
		expect(linkText('events/ferry-crew', '/differences/')).toEqual(['Where they differ']);
	});

	it('names each case on the home page\'s first screen, one click from its place on the page', () => {
		const cases = findAll(page(''), (el) => el.tagName === 'ul' && hasClass(el, 'differ-cases'));
		expect(cases, 'the story with neither kind of case lists none').toHaveLength(1);
		const links = findAll(cases[0]!, (el) => el.tagName === 'a').map((a) => [String(a.properties.href), normalizeSpace(textOf(a))]);
		expect(links.map(([href]) => href)).toEqual(['/stories/ferry/differences/#between-1', '/stories/ferry/differences/#outside-1']);
		const items = findAll(cases[0]!, (el) => el.tagName === 'li').map((li) => normalizeSpace(textOf(li)).replace(/[\u2068\u2069]/g, ''));
		expect(items[1]).toMatch(/: the date \(Harbour Post against other reporting\)$/);
		// Every anchor the home page links is a case on the differences page.
		const ids = new Set(findAll(page('stories/ferry/differences'), (el) => hasClass(el, 'case')).map((el) => String(el.properties.id)));
		for (const [href] of links) expect(ids).toContain(href!.split('#')[1]);
	});

	it('keeps the site navigation in the story a page belongs to', () => {
		const navLinks = (path: string) => findAll(findAll(page(path), (el) => el.tagName === 'nav' && el.properties.ariaLabel === 'Site')[0]!, (el) => el.tagName === 'a').map((a) => String(a.properties.href));
		const library = ['/', '/stories/library/compare/', '/stories/library/events/', '/stories/library/differences/'];
		expect(navLinks('stories/library')).toEqual(library);
		expect(navLinks('events/library-reopening')).toEqual(library);
		// The primary story keeps its short addresses.
		expect(navLinks('events/ferry-launch')).toEqual(['/', '/compare/', '/events/', '/differences/']);
	});

	it('says on the event page that other reporting contradicts a claim, instead of "no discrepancy"', () => {
		const launch = text('events/ferry-launch');
		expect(launch).toContain('No discrepancy between the sources is recorded for this event, but other reporting contradicts one claim');
		expect(launch).not.toContain('No discrepancy is recorded for this event.');
		expect(text('events/library-reopening')).toContain('No discrepancy between the sources is recorded for this event, and the other reporting checked contradicts none of their claims.');
	});

	it('draws each occasion on its own date, not one bar over both', () => {
		const svg = findAll(page('stories/ferry'), (el) => el.tagName === 'svg')[0]!;
		const row = findAll(svg, (el) => el.tagName === 'a' && el.properties.href === '/events/mayor-remarks/')[0]!;
		const bars = findAll(row, (el) => el.tagName === 'rect' && hasClass(el, 'tl-event'));
		expect(bars.map((b) => normalizeSpace(textOf(b)))).toEqual(['Radio interview, March 2024: 10 March 2024 (\u2068Harbour Post\u2069)', 'Council meeting, June 2024: 12 June 2024 (\u2068River Times\u2069)']);
		for (const bar of bars) expect(Number(bar.properties.width)).toBeLessThan(20);
		// The date that cannot be the event's is said in words, with the source of each.
		expect(normalizeSpace(textOf(page('stories/ferry'))).replace(/[\u2068\u2069]/g, '')).toContain('Harbour Post gives 3 March 2024; other reporting gives 5 March 2024 (Fixture Wire, 5 March 2024).');
		expect(text('events/ferry-launch')).toContain('Harbour Post gives 3 March 2024; other reporting gives 5 March 2024 (Fixture Wire, 5 March 2024).');
	});

	it('gives each entity a page with the names each source uses, its error flagged, and every passage naming it', () => {
		const berg = text('entities/ola-berg');
		// Each name once, with the sources that write it.
		expect(berg).toMatch(/Ola Bergh ?1 source ?Harbour Post \(an error of this source: The fixture's other source spells it Berg\.\)/);
		expect(berg).toMatch(/Ola Berg ?1 source ?River Times/);
		expect(hrefs(page('entities/ola-berg'))).toEqual(expect.arrayContaining(['/articles/harbour-post-2024-03-08/#p2', '/articles/river-times-2024-06-14/#p2', '/events/ferry-crew/']));
		expect(hrefs(page('events/ferry-crew'))).toContain('/entities/ola-berg/');
	});

	it('never shows a contradicted claim as simply agreeing, on any page of the fixture', () => {
		expect(existsSync(join(run.outDir, 'events/ferry-launch/index.html'))).toBe(true);
		expect(bareAgreements(run.outDir, fixture)).toEqual([]);
	});
});

describe('the real corpus', () => {
	it('never shows a contradicted claim as simply agreeing, on any built page', () => {
		expect(bareAgreements(join(projectRoot, 'dist'), join(projectRoot, 'content'))).toEqual([]);
	});
});
