import type { Article } from '../../schemas/article';

/** One frontmatter field's provenance, written as a YAML comment above it (the fields without a `note` of their own). */
export interface FieldNotes {
	outlet: string;
	url: string;
	language: string;
	/** Where the author comes from, or why there is none. */
	author: string;
	dateline?: string | undefined;
}

const q = (value: string) => JSON.stringify(value);
const comment = (text: string, indent = '') => `${indent}# ${text.replace(/\n/g, ' ')}\n`;

/**
 * The text of an article file: frontmatter with every field's provenance
 * (the `note` fields, and a comment above the fields that have none), then
 * the body. Strings are written as JSON strings, which YAML reads as the same
 * double-quoted strings, so no value can be misread (dates stay strings).
 */
export function articleFileText(data: Article, notes: FieldNotes, body: string, header: string): string {
	let out = '---\n';
	out += comment(header);
	out += 'title:\n';
	if (data.title.text !== undefined) out += `  text: ${q(data.title.text)}\n`;
	out += `  basis: ${data.title.basis}\n`;
	if (data.title.note) out += `  note: ${q(data.title.note)}\n`;
	out += 'outlet:\n';
	out += comment(notes.outlet, '  ');
	out += `  name: ${q(data.outlet.name)}\n`;
	if (data.outlet.country) out += `  country: ${data.outlet.country}\n`;
	out += comment(notes.url);
	out += `url: ${q(data.url)}\n`;
	out += 'published:\n';
	out += `  date: ${q(data.published.date)}\n`;
	if (data.published.until) out += `  until: ${q(data.published.until)}\n`;
	out += `  precision: ${data.published.precision}\n`;
	out += `  basis: ${data.published.basis}\n`;
	if (data.published.note) out += `  note: ${q(data.published.note)}\n`;
	if (data.dateline !== undefined) {
		if (notes.dateline) out += comment(notes.dateline);
		out += `dateline: ${q(data.dateline)}\n`;
	}
	out += comment(notes.language);
	out += `language: ${q(data.language)}\n`;
	out += comment(notes.author);
	if (data.author !== undefined) out += `author: ${q(data.author)}\n`;
	if (data.removed.length === 0) out += 'removed: []\n';
	else {
		out += 'removed:\n';
		for (const item of data.removed) {
			out += `  - text: ${q(item.text)}\n    kind: ${item.kind}\n    position: ${q(item.position)}\n    reason: ${q(item.reason)}\n`;
		}
	}
	return `${out}---\n${body}`;
}

/** A slug of an outlet's name for a file name: `Harbour Courier` → `harbour-courier`; empty when the name has no Latin letters or digits. */
export function outletSlug(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
