import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findAll, hasClass, loadPage, normalizeSpace, textOf } from '../helpers/html';
import { projectRoot } from '../helpers/run-astro';

// The W3C Web Annotation Data Model's "musts" are checked by the W3C's own suite in tests/build/standards.test.ts;
// this file checks what Parallax adds: paging, re-anchoring and the bodies' content.
const dist = join(projectRoot, 'dist');
const SITE = 'https://parallax.example.org/';
const read = (url: string) => JSON.parse(readFileSync(join(dist, new URL(url).pathname.replace(/#.*$/, '')), 'utf8'));
const isIri = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(value) && !/\s/.test(value) && URL.canParse(value);

// biome-ignore lint: test data is loose JSON
type Json = any;

/** The article's text as a reader's DOM has it, without the reader's controls, from its page. */
function readerText(url: string): string {
	const page = loadPage(join(new URL(url).pathname, 'index.html'));
	const [body] = findAll(page, (el) => hasClass(el, 'source-text'));
	return textOf(body!);
}

/** An annotation by its IRI: its place in the story collection that holds it in full. */
function dereference(iri: string): Json {
	const story = read(iri);
	const found = story.first.items.find((a: Json) => a.id === iri);
	expect(found, `${iri} resolves in its story's collection`).toBeDefined();
	return found;
}

function collect(): Json[] {
	const collection = read(`${SITE}annotations.jsonld`);
	const items: Json[] = [];
	let url: string | undefined = collection.first;
	let pages = 0;
	while (url) {
		const page = read(url);
		expect(page['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(page.type).toBe('AnnotationPage');
		expect(page.partOf.id).toBe(collection.id);
		expect(page.startIndex).toBe(items.length);
		// The site's pages list each annotation's IRI; the story's collection holds it, so none is published twice.
		for (const item of page.items) expect(typeof item, 'an item of the site\'s pages is an IRI').toBe('string');
		items.push(...page.items.map(dereference));
		pages++;
		if (!page.next) expect(page.id).toBe(collection.last);
		url = page.next;
	}
	expect(pages).toBeGreaterThan(0);
	return items;
}

describe('W3C Web Annotation export', () => {
	it('publishes every claim in an AnnotationCollection with label, total, first, last, created and generator', () => {
		const collection = read(`${SITE}annotations.jsonld`);
		expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(collection.type).toBe('AnnotationCollection');
		expect(isIri(collection.id)).toBe(true);
		expect(typeof collection.label).toBe('string');
		expect(collection.total).toBe(49);
		expect(isIri(collection.first) && isIri(collection.last)).toBe(true);
		expect(collection.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
		expect(collection.generator.type).toBe('Software');
		const items = collect();
		expect(items).toHaveLength(collection.total);
		expect(new Set(items.map((a) => a.id)).size, 'ids are unique').toBe(items.length);
	});

	it('re-anchors every selector: the position and the quote in the reader\'s copy, the quote in the original text', () => {
		const originals = new Map<string, string>();
		for (const a of collect()) {
			const [original, reader] = a.target;
			const text = readerText(reader.source);
			const [quote, position] = reader.selector;
			const points = [...text];
			expect(points.slice(position.start, position.end).join(''), a.id).toBe(quote.exact);
			expect(points.slice(0, position.start).join('').endsWith(quote.prefix), `${a.id} prefix`).toBe(true);
			expect(points.slice(position.end).join('').startsWith(quote.suffix), `${a.id} suffix`).toBe(true);
			const id = new URL(reader.source).pathname.split('/').filter(Boolean).at(-1)!;
			if (!originals.has(id)) originals.set(id, normalizeSpace(readFileSync(join(projectRoot, 'tests/fixtures/originals', `${id}.txt`), 'utf8')));
			const joined = normalizeSpace(`${original.selector.prefix}${original.selector.exact}${original.selector.suffix}`);
			expect(originals.get(id)!.includes(joined), `${a.id}: prefix, exact and suffix in the original`).toBe(true);
		}
	});

	it('gives the event (IRI and title), the relation, the speaker and the note in the body', () => {
		const krivoi = collect().find((a) => a.id.endsWith('#i24news-2024-02-08.krivoi-release'));
		expect(krivoi.body[0].source.id).toBe(`${SITE}events/krivoi-release/`);
		expect(krivoi.body.map((b: Json) => b.value)).toEqual(expect.arrayContaining(["Roni Krivoi's release", 'agrees', 'Speaker: the outlet (narration)']));
		expect(krivoi.body.find((b: Json) => b.purpose === 'commenting').value).toContain('Dates the release to November 24');
	});

	it('gives the relation naming the other source, and what outside reporting says with its sources, as assessing bodies', () => {
		const krivoi = collect().find((a) => a.id.endsWith('#i24news-2024-02-08.krivoi-release'));
		expect(krivoi.body.filter((b: Json) => b.purpose === 'classifying').map((b: Json) => b.value)).toEqual(['agrees', 'Agrees with TASS']);
		const assessing = krivoi.body.filter((b: Json) => b.purpose === 'assessing');
		expect(assessing[0].value).toMatch(/^Contradicted by other reporting \(date\): /);
		// Each outside source of the event file, in its order.
		const event = parse(readFileSync(join(projectRoot, 'content/events/krivoi-release.yaml'), 'utf8')) as { claims: { article: string; context?: { sources: { url: string }[] } }[] };
		const urls = event.claims.find((c) => c.article === 'i24news-2024-02-08')!.context!.sources.map((s) => s.url);
		expect(urls.length).toBeGreaterThan(0);
		expect(assessing.slice(1).map((b: Json) => b.source.id)).toEqual(urls);
		// Every annotation says what outside reporting does to its claim, "not checked" included.
		for (const a of collect()) expect(a.body.some((b: Json) => b.purpose === 'assessing' && b.type === 'TextualBody'), a.id).toBe(true);
	});

	it('has one collection per story, whose annotations it holds under their own IRIs', () => {
		const story = read(`${SITE}stories/russia-gaza-hostages/annotations.jsonld`);
		expect(story.type).toBe('AnnotationCollection');
		expect(story.first.items).toHaveLength(story.total);
		for (const a of story.first.items) {
			expect(a.id.startsWith(`${story.id}#`)).toBe(true);
		}
	});
});
