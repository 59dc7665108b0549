import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Frontmatter of a valid invented article; `extra` lines are added at the end. */
export function articleFile(body: string, extra = ''): string {
	return [
		'---',
		'title:',
		'  text: "Sample headline"',
		'  basis: stated',
		'outlet:',
		'  name: Fixture Gazette',
		'url: "https://example.org/sample"',
		'published:',
		'  date: "2024-02-08"',
		'  precision: day',
		'  basis: stated',
		'language: en',
		...(extra ? [extra] : []),
		'---',
		body,
		'',
	].join('\n');
}

export const ENTITIES = '- id: ann-example\n  name: Ann Example\n  kind: person\n  variants: [{ text: Ann, in: [alpha] }]\n';

/** A valid corpus of two sources and one event with a claim from each, as files. */
export function validFiles(): Record<string, string> {
	return {
		'articles/alpha.md': articleFile('Ann Example said the bridge will open on May 4 after repairs.\n\nThe council said nothing else.'),
		'articles/beta.md': articleFile('The bridge will open on May 4, the mayor said.'),
		'entities.yaml': ENTITIES,
		'events/bridge.yaml': [
			'title: Bridge opening',
			'when: { date: "2024-05-04", precision: day }',
			'summary: Fixture event.',
			'claims:',
			'  - id: bridge',
			'    article: alpha',
			'    quote: Ann Example said the bridge will open on May 4 after repairs.',
			'    speaker: ann-example',
			'    relation: agrees',
			'  - id: bridge',
			'    article: beta',
			'    quote: The bridge will open on May 4, the mayor said.',
			'    speaker: narration',
			'    relation: agrees',
			'',
		].join('\n'),
	};
}

/** Writes a content set into a new temporary folder (never inside the project) and returns its path. */
export function writeContentSet(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'parallax-content-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** Articles `foo` and `foo-bar` (one id a prefix of the other), headings "P1" and "Bridge", a claim named like a heading, and a claim inside a source's link. */
export function trickyFiles(): Record<string, string> {
	return {
		'articles/foo.md': articleFile('## P1\n\nThe [bridge will open](https://example.org/bridge) on May 4.\n\n## Bridge\n\nThe mayor said so.'),
		'articles/foo-bar.md': articleFile('The bridge will open on May 4, the mayor said.'),
		'entities.yaml': '[]\n',
		'events/bridge.yaml': [
			'title: Bridge opening',
			'when: { date: "2024-05-04", precision: day }',
			'summary: Fixture event.',
			'claims:',
			'  - id: bridge',
			'    article: foo',
			'    quote: The bridge will open on May 4.',
			'    speaker: narration',
			'    relation: agrees',
			'  - id: bar-p1',
			'    article: foo',
			'    quote: The mayor said so.',
			'    speaker: narration',
			'    relation: adds',
			'  - article: foo-bar',
			'    quote: The bridge will open on May 4, the mayor said.',
			'    speaker: narration',
			'    relation: agrees',
			'',
		].join('\n'),
	};
}

/** Two stories over three sources: `bridge` (alpha, beta) and `budget` (beta, gamma); beta is in both. */
export function twoStoryFiles(): Record<string, string> {
	const event = (title: string, claims: [string, string][]) =>
		[`title: ${title}`, 'when: { date: "2024-05-04", precision: day }', 'summary: Fixture event.', 'claims:', ...claims.flatMap(([article, quote]) => [`  - article: ${article}`, `    quote: ${quote}`, '    speaker: narration', '    relation: agrees']), ''].join('\n');
	return {
		'articles/alpha.md': articleFile('The bridge will open on May 4, the council said.'),
		'articles/beta.md': articleFile('The bridge will open on May 4. The budget grew by ten per cent.'),
		'articles/gamma.md': articleFile('The budget grew by ten per cent this year.'),
		'entities.yaml': '[]\n',
		'events/bridge-opening.yaml': event('Bridge opening', [['alpha', 'The bridge will open on May 4, the council said.'], ['beta', 'The bridge will open on May 4.']]),
		'events/budget-growth.yaml': event('Budget growth', [['beta', 'The budget grew by ten per cent.'], ['gamma', 'The budget grew by ten per cent this year.']]),
		'stories/bridge.yaml': 'title: The bridge\nsummary: When the bridge opens.\nevents: [bridge-opening]\n',
		'stories/budget.yaml': 'title: The budget\nsummary: How much the budget grew.\nevents: [budget-growth]\n',
	};
}
