/**
 * Claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/).
 * Each claim is one `Annotation`: its targets are the passage in the original
 * article and in the reader's copy, each a `SpecificResource` with a
 * `TextQuoteSelector` (exact, prefix, suffix, from the source text), and the
 * reader's copy also a `TextPositionSelector`; its bodies give the event (a
 * `SpecificResource` whose source is the event's page), the relation
 * (`classifying`: its value, then its label naming the other sources), what
 * outside reporting says (`assessing`: the finding in words with the context
 * note, and each outside source, again as the source of a `SpecificResource`),
 * the speaker and the note. Served as
 * `application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"`.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How much text before and after the quote its selector carries at least. */
const CONTEXT_CHARS = 32;

export interface ClaimForExport {
	/** The annotation's IRI. */
	id: string;
	/** The original article's URL. */
	original: string;
	/** The reader's page of the article, absolute, without a fragment. */
	reader: string;
	/** The article's text as the reader's DOM has it, and where the passage is in it (UTF-16 code units). */
	text: string;
	start: number;
	end: number;
	language: string;
	event: { iri: string; title: string };
	relation: string;
	/** The relation in words, naming the other sources: `Agrees with TASS` (`claimSignals`). */
	relationLabel: string;
	/** What outside reporting says: the finding in words (`Contradicted by other reporting (date)`), the context note, and the outside sources. */
	outside: { label: string; note?: string | undefined; sources: readonly { url: string }[] };
	speaker: string;
	note?: string | undefined;
}

/** The number of Unicode code points in `text`, as the model counts positions. */
function codePoints(text: string): number {
	let n = 0;
	for (const _ of text) n++;
	return n;
}

/** Cuts `text` to at most `max` code units without splitting a surrogate pair. */
function safeSlice(text: string, from: number, to: number): string {
	let a = Math.max(0, from);
	let b = Math.min(text.length, to);
	if (a > 0 && /[\uDC00-\uDFFF]/.test(text[a] ?? '')) a++;
	if (b < text.length && /[\uDC00-\uDFFF]/.test(text[b] ?? '')) b--;
	return text.slice(a, b);
}

/** How many passages of `text` the selector selects (exact, with prefix right before and suffix right after). */
export function selectorMatches(text: string, selector: { exact: string; prefix?: string | undefined; suffix?: string | undefined }): number {
	let count = 0;
	for (let at = text.indexOf(selector.exact); at >= 0; at = text.indexOf(selector.exact, at + 1)) {
		if (text.slice(0, at).endsWith(selector.prefix ?? '') && text.startsWith(selector.suffix ?? '', at + selector.exact.length)) count++;
	}
	return count;
}

/**
 * The prefix and suffix of `[start, end)` that make the selector select only
 * that passage of `text`: at least `CONTEXT_CHARS` each, longer when needed.
 * Context stays inside `[from, to)` (the passage's paragraph, for the
 * original) while that is enough, and reaches beyond only when it is not (a
 * paragraph that repeats). Throws when even the whole text cannot tell the
 * passage apart, which anchoring rules out (a claim is anchored only once).
 */
export function uniqueContext(text: string, start: number, end: number, from = 0, to = text.length): { prefix: string; suffix: string } {
	const exact = text.slice(start, end);
	for (const [low, high] of [[from, to], [0, text.length]] as const) {
		for (let size = CONTEXT_CHARS; ; size *= 2) {
			const prefix = safeSlice(text, Math.max(low, start - size), start);
			const suffix = safeSlice(text, end, Math.min(high, end + size));
			if (selectorMatches(text, { exact, prefix, suffix }) === 1) return { prefix, suffix };
			if (start - size <= low && end + size >= high) break;
		}
	}
	throw new Error(`The passage at ${start}–${end} cannot be told apart from another with any context: ${JSON.stringify(exact.slice(0, 60))}.`);
}

export function toAnnotation(claim: ClaimForExport) {
	const exact = claim.text.slice(claim.start, claim.end);
	const quote = { type: 'TextQuoteSelector', exact, ...uniqueContext(claim.text, claim.start, claim.end) };
	// In the original, only the passage's own paragraph is known to be verbatim (furniture between paragraphs was removed), so its context stays there unless the paragraph repeats.
	const paragraphStart = claim.text.lastIndexOf('\n', claim.start - 1) + 1;
	const paragraphEnd = claim.text.indexOf('\n', claim.end) < 0 ? claim.text.length : claim.text.indexOf('\n', claim.end);
	const inOriginal = { type: 'TextQuoteSelector', exact, ...uniqueContext(claim.text, claim.start, claim.end, paragraphStart, paragraphEnd) };
	const start = codePoints(claim.text.slice(0, claim.start));
	const bodies: Record<string, unknown>[] = [
		// The model allows `purpose` only on a SpecificResource or a TextualBody, so the event's page is the source of a SpecificResource.
		{ type: 'SpecificResource', source: { id: claim.event.iri, type: 'Text', format: 'text/html' }, purpose: 'identifying' },
		{ type: 'TextualBody', value: claim.event.title, format: 'text/plain', language: 'en', purpose: 'tagging' },
		{ type: 'TextualBody', value: claim.relation, format: 'text/plain', language: 'en', purpose: 'classifying' },
		{ type: 'TextualBody', value: claim.relationLabel, format: 'text/plain', language: 'en', purpose: 'classifying' },
		{ type: 'TextualBody', value: claim.outside.note ? `${claim.outside.label}: ${claim.outside.note}` : claim.outside.label, format: 'text/plain', language: 'en', purpose: 'assessing' },
		...claim.outside.sources.map((source) => ({ type: 'SpecificResource', source: { id: source.url, type: 'Text', format: 'text/html' }, purpose: 'assessing' })),
		{ type: 'TextualBody', value: `Speaker: ${claim.speaker}`, format: 'text/plain', language: 'en', purpose: 'describing' },
	];
	if (claim.note) bodies.push({ type: 'TextualBody', value: claim.note, format: 'text/plain', language: 'en', purpose: 'commenting' });
	return {
		id: claim.id,
		type: 'Annotation',
		motivation: 'describing',
		body: bodies,
		target: [
			{ type: 'SpecificResource', source: claim.original, selector: inOriginal },
			{
				type: 'SpecificResource',
				source: claim.reader,
				selector: [quote, { type: 'TextPositionSelector', start, end: start + codePoints(exact) }],
			},
		],
	};
}

export type Annotation = ReturnType<typeof toAnnotation>;

/** Who made the collection. */
export function generator(site: string) {
	return { id: `${site}#parallax`, type: 'Software', name: 'Parallax' };
}

/** An `AnnotationPage` of `items`, part of the collection `partOf`: the annotations in full, or their IRIs when another document holds them. */
export function annotationPage(options: { id: string; partOf: { id: string; label: string; total: number }; items: readonly Annotation[] | readonly string[]; startIndex: number; next?: string; prev?: string }) {
	return {
		id: options.id,
		type: 'AnnotationPage',
		partOf: { id: options.partOf.id, label: options.partOf.label, total: options.partOf.total },
		...(options.next ? { next: options.next } : {}),
		...(options.prev ? { prev: options.prev } : {}),
		startIndex: options.startIndex,
		items: options.items,
	};
}

/** An `AnnotationCollection`: `first` and `last` are page IRIs, or the one page itself when it is embedded. */
export function annotationCollection(options: { id: string; label: string; total: number; first: string | object; last: string; created: string; site: string }) {
	return {
		'@context': ANNO_CONTEXT,
		id: options.id,
		type: 'AnnotationCollection',
		label: options.label,
		total: options.total,
		created: options.created,
		generator: generator(options.site),
		first: options.first,
		last: options.last,
	};
}

/** The time of the build, or of `SOURCE_DATE_EPOCH` when set (reproducible builds), as xsd:dateTime. */
export function createdNow(): string {
	const epoch = process.env.SOURCE_DATE_EPOCH;
	return new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
