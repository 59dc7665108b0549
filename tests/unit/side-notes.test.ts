import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderArticleTree, scopeIds } from '../../src/lib/anchoring/render-article';
import { claimAnchor, entityNames, mentionTerms } from '../../src/lib/corpus/annotation-markup';
import { claimNotes } from '../../src/lib/corpus/claim-note';
import { signalSource } from '../../src/lib/corpus/claim-signals';
import { resolveClaims } from '../../src/lib/corpus/resolve-claims';
import { EntitySchema } from '../../src/schemas/entity';
import { EventSchema } from '../../src/schemas/event';

// Two invented sources about one invented event: the harbour reopened.
const harbour = EventSchema.parse({
	title: 'Harbour reopening',
	when: { date: '2024-03-02', precision: 'day' },
	summary: 'The harbour reopened.',
	claims: [
		{ id: 'reopen', article: 'north-post', quote: 'The harbour reopened on Friday', speaker: 'narration', relation: 'differs', context: { finding: 'refutes', differsOn: ['date'], note: 'The port authority gave Saturday.', sources: [{ outlet: 'Port Gazette', date: '2024-03-03', url: 'https://example.org/port' }] } },
		{ id: 'crane', article: 'north-post', quote: 'Mayor Ann Lee watched the cranes', speaker: 'ann-lee', relation: 'adds', note: 'Only this source names the mayor.' },
		{ id: 'reopen', article: 'south-news', quote: 'reopened on Saturday', speaker: 'narration', relation: 'differs' },
	],
	discrepancies: [{ about: 'day of reopening', claims: ['north-post#reopen', 'south-news#reopen'], description: 'Friday against Saturday.' }],
});
const ann = EntitySchema.parse({ id: 'ann-lee', name: 'Ann Lee', kind: 'person', variants: [{ text: 'Anna Lee', errorIn: 'north-post', note: 'No other outlet spells it so.' }] });
const { claims } = resolveClaims({ articles: [{ id: 'north-post' }, { id: 'south-news' }], events: [{ id: 'harbour', file: 'harbour.yaml', data: harbour }], entities: [{ id: 'ann-lee', data: ann }], entitiesFile: 'entities.yaml' });
const notes = claimNotes({
	claims,
	signals: signalSource({ claims, events: [{ id: 'harbour', data: harbour }], articles: [{ id: 'north-post', data: { outlet: { name: 'North Post' } } }, { id: 'south-news', data: { outlet: { name: 'South News' } } }] }),
	entities: new Map([['ann-lee', ann]]),
	eventTitle: () => harbour.title,
	eventPath: () => '/events/harbour/',
	eventNumber: () => 2,
});

async function render(html: string, language?: string) {
	const own = claims.filter((c) => c.article === 'north-post');
	const names = entityNames(new Map([['ann-lee', ann]]));
	return renderArticleTree(html, { paragraphLinks: true, anchors: own.map((c) => claimAnchor(c, notes.get(c.ref)!)), mentions: mentionTerms(names, 'north-post'), language });
}

describe('side notes', () => {
	it('name the counterpart of a relation and say what outside reporting does to the claim', () => {
		expect(notes.get('north-post#reopen')).toMatchObject({ relationText: 'Differs from South News', outside: { finding: 'refutes', text: 'Contradicted by other reporting (date)' } });
		expect(notes.get('north-post#crane')).toMatchObject({ relationText: 'Adds detail', speaker: 'Ann Lee', outside: { finding: 'not-checked', text: 'Not checked against other reporting' } });
	});

	it('stand after their paragraph, in the order the claims start, and each mark is described by its note', async () => {
		const { tree, text } = await render('<p>Mayor Ann Lee watched the cranes as The harbour reopened on Friday.</p><p>Anna Lee spoke.</p>');
		const html = toHtml(tree);
		// The source's text is untouched: notes and markers are furniture.
		expect(text).toBe('Mayor Ann Lee watched the cranes as The harbour reopened on Friday.Anna Lee spoke.');
		const [first, notesOf1] = tree.children.map((c) => toHtml(c));
		expect(first).toMatch(/^<p id="p1"/);
		expect(first).not.toContain('side-note');
		expect(notesOf1).toMatch(/^<div class="para-notes" data-furniture="" role="group" aria-label="Notes on paragraph 1"/);
		expect(notesOf1!.indexOf('id="note.crane"')).toBeLessThan(notesOf1!.indexOf('id="note.reopen"'));
		expect(html).toContain('<mark id="reopen" class="claim hue-1" data-event="harbour" data-n="2" data-claim="reopen" aria-describedby="note.reopen">');
		// A claim that differs and is contradicted carries both glyphs in the text, each with a text alternative.
		expect(first).toContain('aria-label="differs from another source">≠</span>');
		expect(first).toContain('aria-label="contradicted by other reporting">!</span>');
		expect(notesOf1).toContain('Differs from South News.');
		expect(notesOf1).toContain('<a href="https://example.org/port" rel="external noopener">Port Gazette, 3 March 2024</a>');
	});

	it('say their language only where the text is in another, and make a group only of more than the paragraph link', async () => {
		const html = '<p>Mayor Ann Lee watched the cranes as The harbour reopened on Friday.</p><p>Nothing here.</p>';
		const notesOf = async (language?: string) => (await render(html, language)).tree.children.map((c) => toHtml(c)).filter((h) => h.startsWith('<div class="para-notes"'));
		const [english, bare] = await notesOf('en-GB');
		expect(english).toMatch(/^<div class="para-notes" data-furniture="" role="group" aria-label="Notes on paragraph 1">/);
		expect(bare).toBe('<div class="para-notes" data-furniture=""><a class="cite-link para-link" href="#p2" aria-label="Link to paragraph 2">¶2</a></div>');
		const [french] = await notesOf('fr');
		expect(french).toMatch(/^<div class="para-notes" data-furniture="" role="group" aria-label="Notes on paragraph 1" lang="en" dir="ltr">/);
	});

	it('turn a name that is a known error into readable text that the name points at, never a tooltip only', async () => {
		const { tree } = await render('<p>Mayor Ann Lee watched the cranes as The harbour reopened on Friday.</p><p>Anna Lee spoke.</p>');
		const html = toHtml(tree);
		expect(html).toContain('<span class="mention mention-error" data-entity="ann-lee" aria-describedby="name.p2.1">Anna Lee</span>');
		expect(html).toContain('<div class="name-note" id="name.p2.1">“Anna Lee”: an error of this source; the person is Ann Lee. No other outlet spells it so.</div>');
		expect(html).not.toContain('title="Written');
	});

	it('keep their references when a page that shows several articles scopes the ids', async () => {
		const { tree } = await render('<p>Mayor Ann Lee watched the cranes as The harbour reopened on Friday.</p><p>Anna Lee spoke.</p>');
		const html = toHtml(scopeIds(tree, 'north-post.'));
		expect(html).toContain('aria-describedby="north-post.note.reopen"');
		expect(html).toContain('id="north-post.note.reopen"');
		expect(html).toContain('aria-describedby="north-post.name.p2.1"');
		const without = toHtml(scopeIds(tree, 'north-post.', undefined, () => false));
		expect(without).not.toContain('side-note');
		expect(without).not.toContain('claim-flag');
	});
});
