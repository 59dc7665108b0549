import { describe, expect, it } from 'vitest';
import { findAll, hasClass, loadPage } from '../helpers/html';
import { runAstro } from '../helpers/run-astro';

// A fixture corpus with an Arabic and an English source: the Arabic text must
// lay out right to left wherever it appears, and the compare view must have
// as many columns as there are sources.
describe('a right-to-left source, and the number of columns', () => {
	const run = runAstro('build', 'tests/fixtures/content/rtl');

	it('builds', () => {
		expect(run.status, run.output).toBe(0);
	});

	it('sets lang and dir on the Arabic article page', () => {
		const page = loadPage('articles/sample-ar/index.html', run.outDir);
		const [text] = findAll(page, (el) => hasClass(el, 'source-text'));
		expect(text?.properties.lang).toBe('ar');
		expect(text?.properties.dir).toBe('rtl');
		const [english] = findAll(loadPage('articles/sample-en/index.html', run.outDir), (el) => hasClass(el, 'source-text'));
		expect(english?.properties.dir).toBe('ltr');
	});

	it('sets dir per column in the compare view, with one column per source', () => {
		const page = loadPage('compare/index.html', run.outDir);
		const columns = findAll(page, (el) => el.properties.dataColumn !== undefined);
		expect(columns).toHaveLength(2);
		const [grid] = findAll(page, (el) => hasClass(el, 'columns'));
		expect(grid?.properties.className).toContain('cols-2');
		const dirs = Object.fromEntries(columns.map((c) => [String(c.properties.dataColumn), findAll(c, (el) => hasClass(el, 'source-text'))[0]?.properties.dir]));
		expect(dirs).toEqual({ 'sample-ar': 'rtl', 'sample-en': 'ltr' });
	});

	it('anchors a claim in the Arabic text and quotes it right to left on the event page', () => {
		const article = loadPage('articles/sample-ar/index.html', run.outDir);
		expect(findAll(article, (el) => el.tagName === 'mark' && el.properties.id === 'bridge')).toHaveLength(1);
		const quotes = findAll(loadPage('events/bridge/index.html', run.outDir), (el) => el.tagName === 'blockquote');
		expect(quotes.map((q) => [q.properties.lang, q.properties.dir])).toEqual([
			['en', 'ltr'],
			['ar', 'rtl'],
		]);
	});
});
