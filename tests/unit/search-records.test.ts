import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import type { RenderedCorpus } from '../../src/lib/corpus/render-corpus';
import { searchRecords } from '../../src/lib/export/search-records';
import { ArticleSchema } from '../../src/schemas/article';
import { EntitySchema } from '../../src/schemas/entity';

const article = ArticleSchema.parse({
	title: { text: 'Ships & <ports>', basis: 'stated' },
	outlet: { name: 'South Courier', country: 'GB' },
	url: 'https://example.org/south',
	published: { date: '2024-02-08', precision: 'day', basis: 'stated' },
	language: 'en',
});
const entities = new Map([['ann-lee', EntitySchema.parse({ id: 'ann-lee', name: 'Ann Lee', kind: 'person', variants: ['Anne Lee'] })]]);
const paragraphs = [
	{ n: 1, text: 'The harbour reopened on Monday & the ferries < 3 ran.' },
	{ n: 2, text: 'Anne Lee said the quays were repaired.' },
	{ n: 3, text: 'Trade resumed.' },
];
const rendered = { paragraphs: new Map([['south', paragraphs]]), names: new Map([['south', [{ entityId: 'ann-lee', written: ['Anne Lee'] }]]]), anchored: new Map() } as unknown as RenderedCorpus;
const records = searchRecords({ base: '/', articles: [{ id: 'south', data: article }], claims: [], rendered, stories: [], eventTitle: (id) => id, entities });

/** What Pagefind stores for a record: its fragment, read back from the bundle it writes. */
async function fragmentOf(html: string) {
	const out = mkdtempSync(join(tmpdir(), 'parallax-search-records-'));
	const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
	expect((await index!.addHTMLFile({ url: '/articles/south/', content: html })).errors).toEqual([]);
	await index!.writeFiles({ outputPath: out });
	await pagefind.close();
	const [file] = readdirSync(join(out, 'fragment'));
	return JSON.parse(gunzipSync(readFileSync(join(out, 'fragment', file!))).toString('utf8').replace(/^pagefind_dcd/, '')) as {
		content: string;
		meta: Record<string, string>;
		filters: Record<string, string[]>;
		anchors: { id: string; title?: string; location: number }[];
	};
}

describe('searchRecords', () => {
	it('makes one record per article, in its language, at the article page', () => {
		expect(records.map(({ url, language }) => ({ url, language }))).toEqual([{ url: '/articles/south/', language: 'en' }]);
	});

	it('gives Pagefind an anchor at each paragraph and at the names block after a paragraph that names someone, with the metadata and filters', { timeout: 30_000 }, async () => {
		const fragment = await fragmentOf(records[0]!.html);
		const words = fragment.content.split(/\s+/);
		const at = (id: string) => fragment.anchors.find((a) => a.id === id)!.location;
		expect(fragment.anchors.map((a) => [a.id, a.title])).toEqual([['p1', '1'], ['p2', '2'], ['n2', '2'], ['p3', '3']]);
		expect(words.slice(at('p1'), at('p2')).join(' ')).toBe(paragraphs[0]!.text);
		expect(words.slice(at('p2'), at('n2')).join(' ')).toBe(paragraphs[1]!.text);
		expect(words.slice(at('n2'), at('p3')).join(' ')).toBe('Names: Ann Lee, also written Anne Lee.');
		expect(fragment.meta).toEqual({ title: 'South Courier: Ships & <ports>', names: JSON.stringify({ 2: '“Anne Lee” is Ann Lee' }), nameIndex: 'ann-lee=ann lee|anne lee' });
		expect(fragment.filters).toEqual({ outlet: ['South Courier'], language: ['en'] });
	});
});
