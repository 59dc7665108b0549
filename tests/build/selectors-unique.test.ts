import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectorMatches } from '../../src/lib/export/web-annotation';
import { findAll, hasClass, loadPage, textOf } from '../helpers/html';
import { projectRoot, runAstro } from '../helpers/run-astro';

// biome-ignore lint: test data is loose JSON
type Json = any;

/** Every annotation of every export file of a build: each story's collection (the site's pages list their IRIs). */
function annotations(dist: string): { file: string; annotation: Json }[] {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.jsonld'));
	return files.flatMap((file) => {
		const json = JSON.parse(readFileSync(join(dist, file), 'utf8'));
		const items: Json[] = (json.items ?? json.first?.items ?? []).filter((item: Json) => typeof item !== 'string');
		return items.map((annotation) => ({ file, annotation }));
	});
}

/** The article's text as a reader's DOM has it, from its page: the text both targets' selectors are made over. */
function articleText(dist: string, reader: string): string {
	const page = loadPage(join(new URL(reader).pathname, 'index.html'), dist);
	return textOf(findAll(page, (el) => hasClass(el, 'source-text'))[0]!);
}

function checkEvery(dist: string): number {
	let checked = 0;
	for (const { file, annotation } of annotations(dist)) {
		const [original, reader] = annotation.target;
		const text = articleText(dist, reader.source);
		const [quote] = reader.selector;
		expect(selectorMatches(text, original.selector), `${file} ${annotation.id}: the original's selector`).toBe(1);
		expect(selectorMatches(text, quote), `${file} ${annotation.id}: the reader's selector`).toBe(1);
		checked++;
	}
	return checked;
}

describe('every exported TextQuoteSelector selects exactly one passage', () => {
	it('in the real corpus', () => {
		expect(checkEvery(join(projectRoot, 'dist'))).toBeGreaterThan(0);
	});

	it('in a source whose passages and whole paragraphs repeat', () => {
		const run = runAstro('build', join(projectRoot, 'tests/fixtures/content/repeated-passages'));
		expect(run.status, run.output).toBe(0);
		expect(checkEvery(run.outDir)).toBe(5);
		// The repeated paragraph's selector for the original reaches into the paragraph before, as it must.
		const third = annotations(run.outDir).find(({ annotation }) => annotation.id.endsWith('.whole-paragraph-third'))!.annotation;
		expect(third.target[0].selector.prefix).toContain('\n');
	});
});
