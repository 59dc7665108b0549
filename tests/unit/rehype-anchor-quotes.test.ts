import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import * as anchorModule from '../../src/plugins/rehype-anchor-quotes';
import { type QuoteAnchor, QuoteAnchorError, rehypeAnchorQuotes } from '../../src/plugins/rehype-anchor-quotes';
import { rehypeMarkMentions } from '../../src/plugins/rehype-mark-mentions';
import { rehypeParagraphIds } from '../../src/plugins/rehype-paragraph-ids';

/** Markdown → HTML through the same kind of pipeline Astro runs, plus the reader's plugins. */
async function render(markdown: string, anchors: QuoteAnchor[], mentions: { text: string; entity: string }[] = []): Promise<string> {
	const file = await unified()
		.use(remarkParse)
		.use(remarkRehype)
		.use(rehypeParagraphIds)
		.use(rehypeAnchorQuotes, { anchors })
		.use(rehypeMarkMentions, { terms: mentions.map((m) => ({ key: m.entity, text: m.text, properties: { className: ['mention'], dataEntity: m.entity } })) })
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}

const anchor = (id: string, exact: string, extra: Partial<QuoteAnchor['quote']> = {}): QuoteAnchor => ({
	key: id,
	id,
	quote: { exact, ...extra },
	properties: { className: ['claim'], dataEvent: `event-of-${id}` },
});

describe('rehypeAnchorQuotes', () => {
	it('exports the plugin and its error', () => {
		expect(Object.keys(anchorModule).sort()).toEqual(['QuoteAnchorError', 'rehypeAnchorQuotes']);
	});

	it('wraps a quote in a mark with its id and data attributes', async () => {
		expect(await render('He was freed on “November 24” last year.', [anchor('freed', 'freed on "November 24"')])).toBe(
			'<p id="p1" data-paragraph="1">He was <mark id="freed" class="claim" data-event="event-of-freed">freed on “November 24”</mark> last year.</p>',
		);
	});

	it('splits a quote that crosses inline markup into nested marks, id on the first only', async () => {
		expect(await render('one *two three* four', [anchor('q', 'two three four')])).toBe(
			'<p id="p1" data-paragraph="1">one <em><mark id="q" class="claim" data-event="event-of-q">two three</mark></em><mark class="claim" data-event="event-of-q"> four</mark></p>',
		);
	});

	it('nests overlapping claims validly', async () => {
		const html = await render('alpha beta gamma delta', [anchor('a', 'alpha beta gamma'), anchor('b', 'beta gamma delta')]);
		expect(html).toBe(
			'<p id="p1" data-paragraph="1"><mark id="a" class="claim" data-event="event-of-a">alpha </mark><mark class="claim" data-event="event-of-a"><mark id="b" class="claim" data-event="event-of-b">beta gamma</mark></mark><mark class="claim" data-event="event-of-b"> delta</mark></p>',
		);
	});

	it('anchors a quote across two paragraphs without breaking either', async () => {
		const html = await render('first end.\n\nsecond start', [anchor('x', 'end. second')]);
		expect(html).toContain('<mark id="x" class="claim" data-event="event-of-x">end.</mark>');
		expect(html).toContain('<p id="p2" data-paragraph="2"><mark class="claim" data-event="event-of-x">second</mark> start</p>');
	});

	it('should support `prefix` and `suffix` in a quote', async () => {
		const html = await render('the cat sat. the cat ran.', [anchor('second', 'the cat', { suffix: 'ran' })]);
		expect(html).toBe('<p id="p1" data-paragraph="1">the cat sat. <mark id="second" class="claim" data-event="event-of-second">the cat</mark> ran.</p>');
	});

	it('should support `after` to place an element after the quote', async () => {
		const html = await render('a b c', [{ ...anchor('b', 'b'), after: { type: 'element', tagName: 'sup', properties: { dataFurniture: '' }, children: [{ type: 'text', value: '1' }] } }]);
		expect(html).toBe('<p id="p1" data-paragraph="1">a <mark id="b" class="claim" data-event="event-of-b">b</mark><sup data-furniture="">1</sup> c</p>');
	});

	it('marks mentions inside claims, and the furniture is never searched', async () => {
		const html = await render('Ron Krivoy was freed', [{ ...anchor('k', 'Ron Krivoy was'), after: { type: 'element', tagName: 'sup', properties: { dataFurniture: '' }, children: [{ type: 'text', value: 'Krivoy' }] } }], [{ text: 'Krivoy', entity: 'roni-krivoi' }]);
		expect(html).toBe('<p id="p1" data-paragraph="1"><mark id="k" class="claim" data-event="event-of-k">Ron <span class="mention" data-entity="roni-krivoi">Krivoy</span> was</mark><sup data-furniture="">Krivoy</sup> freed</p>');
	});

	it('throws every problem at once', async () => {
		const error = await render('only this text', [anchor('a', 'missing words'), anchor('b', 'this'), anchor('c', 't', {})]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(QuoteAnchorError);
		expect((error as QuoteAnchorError).problems.map((p) => `${p.key}:${p.kind}`)).toEqual(['a:not-found', 'c:ambiguous']);
	});
});

describe('what the plugins report on file.data', () => {
	it('gives the paragraph a quote ends in, so a quote across paragraphs is cited with all of them', async () => {
		const file = await unified()
			.use(remarkParse)
			.use(remarkRehype)
			.use(rehypeParagraphIds)
			.use(rehypeAnchorQuotes, { anchors: [anchor('q', 'Krivoi, freed. It was')] })
			.use(rehypeStringify)
			.process('Krivoi, freed.\n\nIt was a “gesture”.');
		expect(file.data.quoteAnchors).toMatchObject([{ key: 'q', paragraph: 1, lastParagraph: 2 }]);
	});


	it('gives each anchored quote in the source\'s own characters, with its paragraph, and each mention as written', async () => {
		const file = await unified()
			.use(remarkParse)
			.use(remarkRehype)
			.use(rehypeParagraphIds)
			.use(rehypeAnchorQuotes, { anchors: [anchor('q', 'a "gesture" - of thanks')] })
			.use(rehypeMarkMentions, { terms: [{ key: 'roni-krivoi', text: 'Krivoy', properties: {} }, { key: 'roni-krivoi', text: 'Krivoi', properties: {} }] })
			.use(rehypeStringify)
			.process('Krivoi, freed.\n\nIt was a “gesture” — of thanks to Krivoy.');
		expect(file.data.quoteAnchors).toEqual([{ key: 'q', text: 'a “gesture” — of thanks', paragraph: 2, lastParagraph: 2, start: 22, end: 45 }]);
		expect(file.data.sourceText!.slice(22, 45)).toBe('a “gesture” — of thanks');
		expect(file.data.mentions).toEqual([
			{ key: 'roni-krivoi', text: 'Krivoi' },
			{ key: 'roni-krivoi', text: 'Krivoy' },
		]);
	});
});
