import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedFiles, findAll, loadPage } from '../helpers/html';
import { projectRoot } from '../helpers/run-astro';

const dist = join(projectRoot, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

// biome-ignore lint: loose JSON
type Item = Record<string, any>;

// Whether each item follows the CSL data schema is checked by the schema itself, in tests/build/standards.test.ts.
describe('citations for reference managers', () => {
	const all = JSON.parse(read('citations.csl.json')) as Item[];

	/** The CSL-JSON text an article page shows, and what its link downloads. */
	const onPage = (id: string, label: string) => citedFiles(loadPage(`articles/${id}/index.html`)).find((f) => f.label === label)!;

	it('gives every source as CSL-JSON, all together in one file and each on its page', () => {
		expect(all.map((i) => i.id)).toEqual(['i24news-2024-02-08', 'tass-2025-02-10', 'new-telegraph-2025-04']);
		for (const item of all) {
			expect(item.type).toBe('article-newspaper');
			const csl = onPage(item.id, 'CSL-JSON');
			expect(JSON.parse(csl.shown)).toEqual([item]);
			expect(csl.downloaded, 'the download is the text shown').toBe(csl.shown);
			expect(csl).toMatchObject({ filename: `${item.id}.csl.json`, type: 'application/vnd.citationstyles.csl+json' });
		}
	});

	it('writes no citation files per source: the host redirects the old addresses to the Cite section', () => {
		for (const item of all) {
			expect(existsSync(join(dist, `articles/${item.id}/citation.bib`))).toBe(false);
			expect(existsSync(join(dist, `articles/${item.id}/citation.csl.json`))).toBe(false);
		}
		expect(read('_redirects')).toBe('/articles/:id/citation.bib /articles/:id/#cite 301\n/articles/:id/citation.csl.json /articles/:id/#cite 301\n');
	});

	it('never passes off an inferred headline or date as stated', () => {
		const byId = new Map(all.map((i) => [i.id, i]));
		expect(byId.get('tass-2025-02-10')!.title, 'no headline in the source: none invented').toBeUndefined();
		expect(byId.get('tass-2025-02-10')!.note).toMatch(/No headline in the source.*Publication date inferred/);
		expect(byId.get('i24news-2024-02-08')!.title).toBe('[Putin claims leveraging Hamas ties for hostages release]');
		expect(byId.get('i24news-2024-02-08')!.note).toContain('Headline inferred from the URL');
		expect(byId.get('i24news-2024-02-08')!.note).not.toContain('date inferred');
		expect(byId.get('new-telegraph-2025-04')!.issued['date-parts']).toEqual([[2025, 4, 16], [2025, 4, 17]]);
		expect(byId.get('new-telegraph-2025-04')!.note).toContain('Publication date inferred');
	});

	it('gives the same sources as BibTeX (BibLaTeX) entries, with the inferred notes', () => {
		const bib = read('citations.bib');
		const entries = bib.split(/^@/m).filter(Boolean);
		expect(entries).toHaveLength(3);
		for (const entry of entries) {
			expect(entry).toMatch(/^article\{[a-z0-9]+(?:-[a-z0-9]+)*,\n/);
			expect(entry).toMatch(/\n\turl = \{https:\/\/[^}]+\},\n/);
			expect(entry).toMatch(/\n\tdate = \{\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?\},\n/);
		}
		const tass = entries.find((e) => e.includes('journaltitle = {TASS}'))!;
		expect(tass).not.toMatch(/\n\ttitle = /);
		expect(tass).toContain('Publication date inferred');
		const bibOnPage = onPage('tass-2025-02-10', 'BibTeX');
		expect(bibOnPage.shown).toBe(`@${tass.trimEnd()}\n`);
		expect(bibOnPage.downloaded, 'the download is the text shown').toBe(bibOnPage.shown);
		expect(bibOnPage).toMatchObject({ filename: 'tass-2025-02-10.bib', type: 'application/x-bibtex' });
	});

	it('links the Cite section from the provenance, one click away', () => {
		const links = findAll(loadPage('articles/tass-2025-02-10/index.html'), (el) => el.tagName === 'a').map((a) => String(a.properties.href));
		expect(links).toContain('#cite');
	});
});
