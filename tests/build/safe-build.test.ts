import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { outputDirProblem } from '../../src/lib/check/output-dir';
import { findAll } from '../helpers/html';
import { articleFile, trickyFiles, validFiles, writeContentSet } from '../helpers/content-set';
import { projectRoot, runAstro } from '../helpers/run-astro';
import { runNpmBuild } from '../helpers/run-build';

/** Every file under a folder with its contents, to prove nothing was touched. */
function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((name) => [name, existsSync(join(dir, name)) && !name.endsWith('/') ? safeRead(join(dir, name)) : '']));
}
function safeRead(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '(folder)';
	}
}

describe('no build loses data', () => {
	const scratch = () => mkdtempSync(join(tmpdir(), 'parallax-out-'));

	it.each([
		['is the content folder', (content: string) => content, 'is the content folder'],
		['lies inside the content folder', (content: string) => join(content, 'events'), 'lies inside the content folder'],
		['contains the content folder', (content: string) => join(content, '..'), 'contains the content folder'],
	])('refuses an output folder that %s, and leaves the content as it was', (_, out, expected) => {
		const content = writeContentSet(validFiles());
		const before = snapshot(content);
		const run = runNpmBuild({ PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: out(content), PARALLAX_CACHE_DIR: join(scratch(), 'cache') });
		expect(run.status).not.toBe(0);
		expect(run.output).toContain(expected);
		expect(run.output).toContain('PARALLAX_OUT_DIR');
		expect(snapshot(content)).toEqual(before);
	});

	it('refuses the project itself and its source folders', () => {
		const contentRoot = join(projectRoot, 'content');
		for (const out of [projectRoot, join(projectRoot, 'src'), join(projectRoot, 'tests', 'out'), join(projectRoot, '..')]) {
			expect(outputDirProblem({ projectRoot, outDir: out, contentRoot }), out).toBeDefined();
		}
		expect(outputDirProblem({ projectRoot, outDir: join(projectRoot, 'dist'), contentRoot })).toBeUndefined();
	});

	it('refuses to empty a folder it did not build, and builds into one it did', () => {
		const out = scratch();
		writeFileSync(join(out, 'thesis.docx'), 'months of work');
		const content = writeContentSet(validFiles());
		const refused = runNpmBuild({ PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: join(scratch(), 'cache') });
		expect(refused.status).not.toBe(0);
		expect(refused.output).toContain('that no Parallax build wrote: it has no `.parallax-build` file');
		expect(readFileSync(join(out, 'thesis.docx'), 'utf8')).toBe('months of work');

		const fresh = join(scratch(), 'site');
		const first = runNpmBuild({ PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: fresh, PARALLAX_CACHE_DIR: join(scratch(), 'cache') });
		expect(first.status, first.output).toBe(0);
		expect(existsSync(join(fresh, '.parallax-build'))).toBe(true);
		const again = runNpmBuild({ PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: fresh, PARALLAX_CACHE_DIR: join(scratch(), 'cache') });
		expect(again.status, again.output).toBe(0);
	});

	it('guards a direct `astro build` too', () => {
		const content = writeContentSet(validFiles());
		const before = snapshot(content);
		const run = runAstro('build', content, { PARALLAX_OUT_DIR: content });
		expect(run.status).not.toBe(0);
		expect(run.output).toContain('would delete the content');
		expect(snapshot(content)).toEqual(before);
	});

	it('refuses a mistyped content folder, naming it', () => {
		const run = runNpmBuild({ PARALLAX_CONTENT: '/nonexistent/contnet', PARALLAX_OUT_DIR: join(scratch(), 'site') });
		expect(run.status).not.toBe(0);
		expect(run.output).toContain('/nonexistent/contnet');
		expect(run.output).toContain('The content folder does not exist.');
	});
});

describe('content errors are Parallax\'s own messages', () => {
	it('lists every problem with file and line, without a stack trace or an internal location', () => {
		const files = validFiles();
		files['articles/alpha.md'] = articleFile('Ann Example said the bridge will open on May 4 after repairs. <img src=x onerror=alert(1)>');
		files['articles/beta.md'] = files['articles/beta.md']!.replace('language: en', 'language: en\nautor: Somebody');
		const run = runNpmBuild({ PARALLAX_CONTENT: writeContentSet(files), PARALLAX_OUT_DIR: join(mkdtempSync(join(tmpdir(), 'parallax-out-')), 'site') });
		expect(run.status).not.toBe(0);
		expect(run.output).toContain('Parallax found 2 problems in the content');
		expect(run.output).toMatch(/articles\/alpha\.md:14, \(text\)/);
		expect(run.output).toMatch(/articles\/beta\.md:13, autor/);
		expect(run.output).not.toContain('Location:');
		expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	});
});

describe('ids are unique and links never nest, on pages with tricky content', () => {
	it('builds articles `foo` and `foo-bar`, a heading "P1", a claim named like a heading, and a claim inside a link', () => {
		const run = runAstro('build', writeContentSet(trickyFiles()));
		expect(run.status, run.output).toBe(0);
		const pages = readdirSync(run.outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(4);
		for (const page of pages) {
			const html = readFileSync(join(run.outDir, page), 'utf8');
			const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
			expect(ids.filter((id, i) => ids.indexOf(id) !== i), `duplicate ids on ${page}`).toEqual([]);
			// No link opens before the previous one closed.
			let depth = 0;
			for (const tag of html.matchAll(/<(\/?)a[\s>]/g)) {
				depth += tag[1] ? -1 : 1;
				expect(depth, `nested link on ${page}`).toBeLessThanOrEqual(1);
			}
		}
		const foo = readFileSync(join(run.outDir, 'articles/foo/index.html'), 'utf8');
		expect(foo).toContain('id="h.p1"');
		expect(foo).toContain('id="h.bridge"');
		expect(foo).toContain('id="bridge"');
		const compare = readFileSync(join(run.outDir, 'compare/index.html'), 'utf8');
		expect(compare).toContain('id="foo.bar-p1"');
		expect(compare).toContain('id="foo-bar.p1"');
		expect(compare, 'old `<article>-` aliases are left out where they would be ambiguous').not.toContain('id="foo-bar-p1"');
	});
});

describe('frontmatter and data strings reach pages only escaped', () => {
	it('shows hostile titles, names, notes and summaries as text, in elements and attributes', () => {
		const payload = '\\"><script>alert(1)</script><img src=x onerror=alert(2)>';
		const files = validFiles();
		files['articles/alpha.md'] = files['articles/alpha.md']!
			.replace('text: "Sample headline"', `text: "Sample ${payload}"`)
			.replace('name: Fixture Gazette', `name: "Gazette ${payload}"`)
			.replace('language: en', `language: en\nauthor: "A ${payload}"\nremoved:\n  - text: "R ${payload}"\n    kind: other\n    position: "p ${payload}"\n    reason: "r ${payload}"`);
		files['entities.yaml'] = `- id: ann-example\n  name: Ann Example\n  kind: person\n  description: "D ${payload}"\n  variants:\n    - text: Ann\n      in: [alpha]\n      note: "N ${payload}"\n`;
		files['events/bridge.yaml'] = files['events/bridge.yaml']!
			.replace('title: Bridge opening', `title: "Bridge ${payload}"`)
			.replace('summary: Fixture event.', `summary: "S ${payload}"`)
			.replace('    relation: agrees\n', `    relation: agrees\n    note: "N ${payload}"\n    occasion: "O ${payload}"\n`);
		const run = runAstro('build', writeContentSet(files));
		expect(run.status, run.output).toBe(0);
		const pages = readdirSync(run.outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
		let seen = 0;
		for (const name of pages) {
			const html = readFileSync(join(run.outDir, name), 'utf8');
			// Parsed as a browser would: `<` inside a quoted attribute value is text there, so only real elements count.
			const tree = fromHtml(html);
			const injected = findAll(tree, (el) => (el.tagName === 'script' && !el.properties.src && el.properties.type !== 'application/ld+json') || (el.tagName === 'img' && el.properties.src === 'x') || Object.keys(el.properties).some((key) => /^on/i.test(key)));
			expect(injected.map((el) => el.tagName), name).toEqual([]);
			if (html.includes('&lt;script&gt;alert(1)&lt;/script&gt;')) seen++;
		}
		expect(seen, 'the payload is shown as text somewhere').toBeGreaterThan(2);
	});
});
