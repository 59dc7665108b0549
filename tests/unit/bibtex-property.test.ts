import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bibtex } from '../../src/lib/export/bibtex';
import { cslItem } from '../../src/lib/export/csl';
import type { Article } from '../../src/schemas/article';

// The .bib files are read by reference managers and by BibTeX/biber, and their
// values end up in TeX documents. No content string may add a field, an
// entry or a TeX command: the produced file is parsed back with citation-js's
// BibTeX parser (a real one, independent of the writer) and checked.

/** Characters that mean something to BibTeX or TeX, and fragments of known attacks. */
const SPECIAL = ['{', '}', '\\', '%', '#', '&', '$', '^', '_', '~', '@', '"', ',', '=', ' ', '-', '`', "'", '<', '>', '!', '?', '\n', 'a', 'Z', 'é', 'ع', '\u00a0'];
const ATTACKS = ['Smith}}, note = {\\input{/etc/passwd}', '},forged={x', '\\input{/etc/passwd}', '\\def\\x{y}', '{\\catcode`\\{=12}', '}\n@misc{evil,', '<i>', '</i>', '<span class="nocase">', '$\\alpha$', '--', "``quoted''", '%comment\n', '\\\\', '{}', 'and others'];
const text = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 40 }),
	fc.array(fc.oneof(fc.constantFrom(...ATTACKS), fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 6 })), { maxLength: 5 }).map((parts) => parts.join('')),
);
const nonEmpty = text.filter((s) => s.trim().length > 0);
const urlPart = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: fc.constantFrom('{', '}', '\\', '%', '#', ' ', ',', '=', 'a', '/', '?', '&', '"', '%7B', '%41'), maxLength: 20 }), fc.constantFrom('a},forged={x', '},note={\\input{/etc/passwd}}'));
const url = fc.tuple(urlPart, urlPart, urlPart).map(([path, query, fragment]) => `https://example.org/${path}?${query}#${fragment}`).filter((u) => URL.canParse(u));

const article = fc.record({
	title: fc.record({ text: fc.option(nonEmpty, { nil: undefined }), basis: fc.constantFrom('stated', 'inferred-from-url', 'truncated', 'unknown'), note: fc.option(text, { nil: undefined }) }),
	outlet: fc.record({ name: nonEmpty }),
	url,
	published: fc.record({ date: fc.constantFrom('2024-02-08', '2024-02', '2024'), precision: fc.constant('day'), basis: fc.constantFrom('stated', 'inferred'), note: fc.option(text, { nil: undefined }) }),
	language: fc.constantFrom('en', 'ar-EG', 'ru'),
	author: fc.option(nonEmpty, { nil: undefined }),
	removed: fc.constant([]),
}) as fc.Arbitrary<Article>;

/** What BibTeX sees of an entry: its key and its raw field values. */
function parseRaw(bib: string): { label: string; properties: Record<string, string> }[] {
	return plugins.input.chainLink(bib, { target: '@biblatex/entries+list' } as never) as never;
}

/** The escapes the writer may use; anything else after a backslash would be a TeX command from the content. */
const ESCAPES = /\\(?:textbackslash|textbraceleft|textbraceright|textasciicircum|textasciitilde)\{\}|\\[#%&$_]/g;

/** Whitespace runs (and controls) are one space in a .bib value, as BibTeX reads them anyway. */
const squash = (value: string) => value.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();

describe('BibTeX export', () => {
	it('no content string adds a field, an entry or a TeX command, and every value reads back as written', () => {
		fc.assert(
			fc.property(article, fc.constantFrom('ab-c', 'tass-2025-02-10', 'x'), (data, id) => {
				const item = cslItem(id, data);
				const bib = bibtex([item]);
				const entries = parseRaw(bib);
				expect(entries).toHaveLength(1);
				const entry = entries[0]!;
				expect(entry.label).toBe(id);
				const expected = ['journaltitle', 'date', 'language', 'url', ...(item.title ? ['title'] : []), ...(item.author ? ['author'] : []), ...(item.note ? ['note'] : [])];
				expect(Object.keys(entry.properties).sort()).toEqual(expected.sort());
				for (const [field, raw] of Object.entries(entry.properties)) {
					const bare = raw.replace(ESCAPES, '');
					expect(bare, `${field}: a backslash that is not one of the escapes`).not.toContain('\\');
					expect(bare, `${field}: a TeX special character left as it is`).not.toMatch(field === 'url' ? /[{}\s]/ : /[#%&$^_~]/);
					// Braces only as `{}` after an escape, or the one group around the author.
					const braces = (field === 'author' ? bare.replace(/^\{([\s\S]*)\}$/, '$1') : bare).replace(/\{\}/g, '');
					expect(braces, `${field}: a brace from the content`).not.toMatch(/[{}]/);
				}
				// Read back as a reference manager would: the same text, nothing added or lost.
				const back = new Cite(bib).data[0] as Record<string, unknown>;
				if (item.title) expect(back.title).toBe(squash(item.title));
				expect(back['container-title']).toBe(squash(item['container-title']));
				if (item.note) expect(back.note).toBe(squash(item.note));
				// A name in its own brace group is one name, read back whole (as a family name).
				if (item.author) expect((back.author as { family?: string; given?: string }[]).map((n) => [n.family, n.given])).toEqual([[squash(item.author[0]!.literal), undefined]]);
				// The same address: only `{`, `}` and `\` are written percent-encoded.
				const undo = (u: string) => u.replace(/%7B/gi, '{').replace(/%7D/gi, '}').replace(/%5C/gi, '\\');
				// (citation-js re-encodes `%` when it reads a URL, so the URL is compared as BibTeX holds it.)
				const written = entry.properties.url!;
				expect(undo(written)).toBe(undo(new URL(item.URL).href));
				expect(new URL(written).href).toBe(written);
			}),
			{ numRuns: 300 },
		);
	});

	it('refuses the reported injections: the author and the URL stay one field each', () => {
		const data = { title: { text: 'Headline', basis: 'stated' }, outlet: { name: 'Gazette' }, url: 'https://example.org/a},forged={x', published: { date: '2024-02-08', precision: 'day', basis: 'stated' }, language: 'en', author: 'Smith}}, note = {\\input{/etc/passwd}', removed: [] } as unknown as Article;
		const bib = bibtex([cslItem('sample', data)]);
		expect(bib).not.toContain('\\input');
		expect(bib).toContain('url = {https://example.org/a%7D,forged=%7Bx}');
		expect(Object.keys(parseRaw(bib)[0]!.properties).sort()).toEqual(['author', 'date', 'journaltitle', 'language', 'title', 'url']);
	});

	it('keys each entry by its article id, so ids that differ only in hyphens stay apart', () => {
		const data = { title: { basis: 'unknown' }, outlet: { name: 'Gazette' }, url: 'https://example.org/', published: { date: '2024', precision: 'year', basis: 'stated' }, language: 'en', removed: [] } as unknown as Article;
		const labels = parseRaw(bibtex([cslItem('ab-c', data), cslItem('a-bc', data), cslItem('abc', data)])).map((e) => e.label);
		expect(labels).toEqual(['ab-c', 'a-bc', 'abc']);
	});

	it('keeps every script and letter as written (no character is dropped for being outside ASCII)', () => {
		const data = { title: { text: 'مرحبا Привет 中文 Ünïcode', basis: 'stated' }, outlet: { name: 'Газета' }, url: 'https://example.org/', published: { date: '2024', precision: 'year', basis: 'stated' }, language: 'ar', removed: [] } as unknown as Article;
		const back = new Cite(bibtex([cslItem('x', data)])).data[0] as Record<string, unknown>;
		expect(back.title).toBe('مرحبا Привет 中文 Ünïcode');
		expect(back['container-title']).toBe('Газета');
	});
});
