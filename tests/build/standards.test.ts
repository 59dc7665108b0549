import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedFiles, loadPage } from '../helpers/html';
import { cslData, w3cMusts } from '../helpers/standards';
import { projectRoot, runAstro } from '../helpers/run-astro';

// Every export of a build, checked by the standards' own suites (vendored in tests/fixtures/schemas/, see SOURCE.md there).
// biome-ignore lint: loose JSON
type Json = any;

const annotationMusts = w3cMusts('annotations');
const collectionMusts = w3cMusts('collections');
const csl = cslData();

/** Every `.jsonld` and `.csl.json` file of a build, and the article pages (whose Cite section holds each source's CSL-JSON). */
function exportsOf(dist: string): { jsonld: string[]; csl: string[]; articles: string[] } {
	const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
	return { jsonld: files.filter((f) => f.endsWith('.jsonld')), csl: files.filter((f) => f.endsWith('.csl.json')), articles: files.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f)) };
}

function checkBuild(dist: string): { annotations: number; collections: number; csl: number } {
	const count = { annotations: 0, collections: 0, csl: 0 };
	const { jsonld, csl: cslFiles, articles } = exportsOf(dist);
	for (const file of jsonld) {
		const json = JSON.parse(readFileSync(join(dist, file), 'utf8'));
		const context = json['@context'];
		if (json.type === 'AnnotationCollection') {
			expect(collectionMusts(json), file).toEqual([]);
			count.collections++;
		}
		// A page of the site's collection lists IRIs (each annotation is in full in its story's collection), which have no musts of their own.
		const items: Json[] = (json.items ?? json.first?.items ?? []).filter((item: Json) => typeof item !== 'string');
		for (const annotation of items) {
			// Each annotation as it would be served alone: with the document's @context.
			expect(annotationMusts({ '@context': context, ...annotation }), `${file} ${annotation.id}`).toEqual([]);
			count.annotations++;
		}
	}
	for (const file of cslFiles) {
		expect(csl(JSON.parse(readFileSync(join(dist, file), 'utf8'))), file).toEqual([]);
		count.csl++;
	}
	for (const page of articles) {
		const files = citedFiles(loadPage(page, dist)).filter((f) => f.label === 'CSL-JSON');
		expect(files, `${page}: one CSL-JSON in the Cite section`).toHaveLength(1);
		for (const file of files) {
			expect(csl(JSON.parse(file.shown)), `${page}, shown`).toEqual([]);
			expect(csl(JSON.parse(file.downloaded)), `${page}, downloaded`).toEqual([]);
			count.csl++;
		}
	}
	return count;
}

describe('the exports pass the standards\' own suites', () => {
	it('the W3C web-annotation-tests "musts" and the CSL-JSON schema, on every export of the real build', () => {
		const count = checkBuild(join(projectRoot, 'dist'));
		expect(count.annotations).toBeGreaterThan(0);
		expect(count.collections).toBeGreaterThanOrEqual(2);
		expect(count.csl).toBeGreaterThan(1);
	});

	it('the same on a build of sources in five languages and scripts', () => {
		const run = runAstro('build', join(projectRoot, 'tests/fixtures/content/unicode-equivalence'));
		expect(run.status, run.output).toBe(0);
		expect(checkBuild(run.outDir).annotations).toBe(5);
	});

	it('the suites can fail: an External Web Resource body with a purpose, and CSL with an unknown key, are refused', () => {
		const annotation = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://example.org/a', type: 'Annotation', body: { id: 'https://example.org/e', type: 'Text', purpose: 'identifying' }, target: 'https://example.org/t' };
		expect(annotationMusts(annotation).map((f) => f.message).join(' ')).toContain('purpose');
		expect(csl([{ id: 'x', type: 'article-newspaper', headline: 'no such key' }])).not.toEqual([]);
	});
});
