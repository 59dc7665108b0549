import type { Element, Root } from 'hast';
import { describe, expect, it, vi } from 'vitest';
import { indexText, wrapSpans } from '../../src/lib/anchoring/hast-text';
import { anchorText, compileTerms } from '../../src/lib/anchoring/text-quote';
import { checkContent } from '../../src/lib/check/check-content';
import { duplicateIds } from '../../src/lib/check/duplicate-ids';
import { dateSpan, timeScale } from '../../src/lib/display/timeline';
import { MAX_CLAIMS_PER_EVENT, MAX_OVERLAPPING_CLAIMS, MAX_TITLE_LENGTH } from '../../src/lib/limits';
import { articleFile, validFiles, writeContentSet } from '../helpers/content-set';

/** The total length of the patterns each automaton was built from: what its size grows with. */
const automatonSizes: number[] = [];
vi.mock('../../src/lib/anchoring/multi-search', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../src/lib/anchoring/multi-search')>();
	return {
		...original,
		createSearcher: (patterns: readonly string[]) => {
			automatonSizes.push(patterns.reduce((sum, p) => sum + p.length, 0));
			return original.createSearcher(patterns);
		},
	};
});

// Scaled-down forms of inputs that crashed, hung or flooded the build; `npm run stress` runs them at full size.

/** Checks the valid content set with `changes` applied, and returns the problems as one text. */
async function check(changes: Record<string, string>): Promise<string> {
	const root = writeContentSet({ ...validFiles(), ...changes });
	const { problems } = await checkContent(root, (path) => path.slice(root.length + 1));
	return problems.map((p) => `${p.file}:${p.line ?? ''} ${p.field}: ${p.message}`).join('\n');
}

const eventWith = (title: string, claims: string, date = '2024-05-04') =>
	`title: ${JSON.stringify(title)}\nwhen: { date: "${date}", precision: day }\nsummary: Fixture event.\nclaims:\n${claims}`;
const claimOn = (article: string, quote: string, id: string) => `  - id: ${id}\n    article: ${article}\n    quote: ${quote}\n    speaker: narration\n    relation: adds\n`;

describe('no input crashes the build', { timeout: 60_000 }, () => {
	it('reads a tree nested 100,000 elements deep without recursion', () => {
		const tree: Root = { type: 'root', children: [] };
		let parent: Root | Element = tree;
		for (let i = 0; i < 100_000; i++) {
			const child: Element = { type: 'element', tagName: 'mark', properties: {}, children: [] };
			parent.children.push(child);
			parent = child;
		}
		parent.children.push({ type: 'text', value: 'deep' });
		expect(indexText(tree).text).toBe('deep');
	});

	it('marks 150,000 names in one paragraph without overflowing the stack, each name wrapped once', () => {
		const words = Array.from({ length: 150_000 }, (_, i) => `W${i % 997}`);
		const text = words.join(' ');
		const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }] };
		const spans: { start: number; end: number; wrapper: () => Element }[] = [];
		let at = 0;
		for (const word of words) {
			spans.push({ start: at, end: at + word.length, wrapper: () => ({ type: 'element', tagName: 'span', properties: {}, children: [] }) });
			at += word.length + 1;
		}
		wrapSpans(indexText(tree), spans);
		const paragraph = tree.children[0] as Element;
		expect(paragraph.children.filter((c) => c.type === 'element')).toHaveLength(150_000);
		expect(indexText(tree).text).toBe(text);
	});

	it('refuses 5,000 nested blockquote markers with the file and line, without parsing them', async () => {
		const text = await check({ 'articles/alpha.md': articleFile(`Ann Example said the bridge will open on May 4 after repairs.\n\n${'> '.repeat(5000)}deep`) });
		expect(text).toMatch(/articles\/alpha\.md:16 \(text\): Expected at most 16 blockquotes inside one another/);
		expect(text.split('\n')).toHaveLength(1);
	});

	it('refuses more than the limit of claims on one passage, keeping the first ones', () => {
		const source = 'Ann said the bridge will open on May 4.';
		// The same passage claimed 2,000 times: each is found once, but only the first 50 can be marked.
		const overlapping = Array.from({ length: 2000 }, (_, i) => ({ key: `c${i}`, exact: 'the bridge will open' }));
		const all = anchorText(source, overlapping);
		expect(all.quotes).toHaveLength(MAX_OVERLAPPING_CLAIMS);
		// One cause, reported once: on the first claim left out, with how many more.
		expect(all.problems).toHaveLength(1);
		expect(all.problems[0]!).toMatchObject({ key: 'c50', kind: 'overlap' });
		expect(all.problems[0]!.message).toContain(`More than ${MAX_OVERLAPPING_CLAIMS} claims cover the same text`);
		expect(all.problems[0]!.message).toContain(`The same holds for ${(2000 - MAX_OVERLAPPING_CLAIMS - 1).toLocaleString('en')} more claims on this text (\`c51\`, \`c52\``);
	});
});

// Generous timeouts: these guard against a hang or a quadratic blow-up, not for speed, and the machine may be busy.
describe('work stays proportional to the input', { timeout: 60_000 }, () => {
	it('searches a quote as long as the whole article with a small automaton', () => {
		const words = ['alpha', 'bridge', 'council', 'delta', 'echo', 'fox', 'golf'];
		const source = Array.from({ length: 200_000 }, (_, i) => words[(i * 7 + (i >> 3)) % words.length]).join(' ');
		automatonSizes.length = 0;
		const result = anchorText(source, [{ key: 'whole', exact: source }]);
		expect(result.problems).toEqual([]);
		expect(result.quotes[0]).toMatchObject({ start: 0, end: source.length });
		// 1.4 MB: a trie of every character took seconds and hundreds of MB; now it holds 64 characters, and the rest is one comparison.
		expect(automatonSizes).toEqual([64]);
	});

	it('searches a name that 2,000 entities share once, not once per entity', () => {
		const matcher = compileTerms(Array.from({ length: 2000 }, (_, i) => ({ key: `e${i}`, text: 'Elena' })));
		expect(matcher.patterns).toHaveLength(1);
		const source = 'Elena said so. '.repeat(5000);
		const { terms } = anchorText(source, [], matcher);
		expect(terms).toHaveLength(5000);
		expect(new Set(terms.map((t) => t.key))).toEqual(new Set(['e0']));
	});

	// Before, naming every occurrence compared each with every other: 14 s here, and a message of every place.
	it('explains an ambiguous quote of "the" in a long article in a few lines', () => {
		const source = 'The mayor said the bridge and the road would open in the spring of the year. '.repeat(4000);
		const { problems } = anchorText(source, [{ key: 'the', exact: 'the' }]);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('The quote is found 16000 times');
		expect(problems[0]!.message).toContain('and 15,995 more');
		expect(problems[0]!.message.length).toBeLessThan(2000);
	});

	it('finds duplicate ids in a page with a 200 KB title of `<a` in linear time', () => {
		const title = '<a'.repeat(100_000);
		const html = `<html><head><title>x</title></head><body><h1 id="t" title="${title}">x</h1><p id="t">${title.replaceAll('<', '&lt;')}</p></body></html>`;
		const started = performance.now();
		expect(duplicateIds(html)).toEqual(['t']);
		expect(performance.now() - started).toBeLessThan(500);
	});
});

describe('limits (src/lib/limits.ts)', () => {
	it('refuses a title beyond the limit and more claims than an event may have, with file and line', async () => {
		const claims = Array.from({ length: MAX_CLAIMS_PER_EVENT + 1 }, (_, i) => claimOn('alpha', 'the bridge will open on May 4', `c${i}`)).join('');
		const text = await check({ 'events/bridge.yaml': eventWith('T'.repeat(MAX_TITLE_LENGTH + 1), claims) });
		expect(text).toContain(`events/bridge.yaml:1 title: Expected at most ${MAX_TITLE_LENGTH} characters for a title or name, but found ${MAX_TITLE_LENGTH + 1}`);
		expect(text).toContain(`events/bridge.yaml:5 claims: Expected at most ${MAX_CLAIMS_PER_EVENT} entries, but found ${MAX_CLAIMS_PER_EVENT + 1}`);
	});

	it('refuses an article file beyond the size limit without reading it', async () => {
		const text = await check({ 'articles/alpha.md': articleFile('Ann Example said the bridge will open on May 4 after repairs. '.repeat(17_000)) });
		expect(text).toMatch(/articles\/alpha\.md: \(file\): Expected a file of at most 1,000,000 bytes, but found 1,0\d\d,\d\d\d bytes/);
	});

	it.each([['0001'], ['9999'], ['1799-12-31']])('refuses the implausible date %s', async (date) => {
		const text = await check({ 'events/bridge.yaml': validFiles()['events/bridge.yaml']!.replace('2024-05-04', date).replace('precision: day', `precision: ${date.length === 4 ? 'year' : 'day'}`) });
		expect(text).toContain(`Expected a year from 1800 to 2100, but found "${date}"`);
	});

	it('draws the widest allowed timeline with a tick per ten years, not one per month', () => {
		const { ticks } = timeScale([dateSpan({ date: '1800', precision: 'year' }), dateSpan({ date: '2100', precision: 'year' })], 0, 1000);
		expect(ticks.length).toBeLessThanOrEqual(31);
		expect(ticks.map((t) => t.label).slice(0, 3)).toEqual(['1800', '1810', '1820']);
		expect(timeScale([dateSpan({ date: '2023-11', precision: 'month' }), dateSpan({ date: '2025-04', precision: 'month' })], 0, 1000).ticks).toHaveLength(19);
	});

	it('draws year 1 as year 1, not 1901', () => {
		expect(new Date(dateSpan({ date: '0001', precision: 'year' })[0]).getUTCFullYear()).toBe(1);
		expect(new Date(dateSpan({ date: '0050-03-01', precision: 'day' })[1]).toISOString()).toBe('0050-03-02T00:00:00.000Z');
	});
});
