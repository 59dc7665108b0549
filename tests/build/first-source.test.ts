import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAll, loadPage } from '../helpers/html';
import { runNpmBuild } from '../helpers/run-build';
import { projectRoot } from '../helpers/run-astro';

/**
 * Follows README's "Add your first source" step by step, on a fixture page in
 * a temporary copy of a content folder: every command as the README writes it
 * (plus `--content`, since this is not the project's `content/`), and only
 * what the README says a person types by hand.
 */
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Add your first source'), readme.indexOf('\n## ', readme.indexOf('## Add your first source') + 5));

const work = mkdtempSync(join(tmpdir(), 'parallax-first-source-'));
const content = join(work, 'content');
cpSync(join(projectRoot, 'tests/fixtures/content/minimal'), content, { recursive: true });
mkdirSync(join(content, 'events'));
mkdirSync(join(content, 'stories'));
copyFileSync(join(projectRoot, 'tests/fixtures/capture/jsonld-og.html'), join(work, 'ferry.html'));

/** Runs `npm run <command>` as the README writes it, from the folder the page was saved in. */
function npm(command: string): string {
	expect(section, `README shows \`npm run ${command}\``).toContain(`npm run ${command}`);
	const [script, ...args] = command.match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"|"$/g, ''));
	const run = spawnSync('npm', ['--prefix', projectRoot, 'run', script!, '--silent', '--', ...args.slice(1), '--content', content], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
	expect(run.status, `${command}\n${run.stdout}\n${run.stderr}`).toBe(0);
	return run.stdout;
}

describe('README: add your first source', () => {
	const claims: string[] = [];
	let imported = '';

	it('1–2. imports the saved page: a verbatim, dated article file', () => {
		imported = npm('import -- ferry.html --story wrenhaven-ferry');
		expect(imported).toContain('Wrote content/articles/harbour-courier-2025-03-14.md');
		expect(existsSync(join(content, 'articles/harbour-courier-2025-03-14.md'))).toBe(true);
	});

	it('3. adds the names it lists, as printed, with their kind', () => {
		expect(imported).toContain('Name "Tamsin Quayle": no known entity.');
		const start = imported.indexOf('- id: tamsin-quayle');
		const entry = imported.slice(start, imported.indexOf('\n\n', start));
		writeFileSync(join(content, 'entities.yaml'), `${entry.replace(/kind: "\?".*/, 'kind: person')}\n`);
	});

	it('4. drafts three claims from a few words each', () => {
		for (const words of ['left the north quay', 'suspended for three days', 'reduced timetable']) {
			const out = npm(`claim -- harbour-courier-2025-03-14 "${words}" --event ferry-resumes`);
			claims.push(out.split('\n').filter((line) => !line.startsWith('# ')).join('\n'));
		}
		expect(claims[0]).toContain('says: { date: "2025-03-14", precision: day }');
		// The README shows the first one as the command prints it, comments included.
		const printed = npm('claim -- harbour-courier-2025-03-14 "left the north quay" --event ferry-resumes').split('\n').slice(1).join('\n').trimEnd();
		expect(section).toContain(printed.split('\n').map((line) => `   ${line}`).join('\n'));
	});

	it('5–7. an event file with the claims pasted, speaker and relation set, a story, and the build', () => {
		// What the editor types: the event's title, date and summary; each claim's speaker and relation; the story's title and summary.
		const speakers = ['narration', 'narration', 'tamsin-quayle'];
		const pasted = claims.map((claim, i) => claim.replace(/speaker: "\?".*/, `speaker: ${speakers[i]}`).replace(/relation: "\?".*/, 'relation: adds'));
		writeFileSync(
			join(content, 'events/ferry-resumes.yaml'),
			['title: Ferry service to Wrenhaven resumes', 'when: { date: "2025-03-14", precision: day }', 'summary: The Harbour Courier reports that the ferry to Wrenhaven sailed again on 14 March 2025, after a storm damaged the island\'s landing stage.', 'claims:', ...pasted].join('\n'),
		);
		writeFileSync(join(content, 'stories/wrenhaven-ferry.yaml'), 'title: The Wrenhaven ferry after the storm\nsummary: The Harbour Courier on the ferry\'s return after three days.\nevents:\n  - ferry-resumes\narticles:\n  - harbour-courier-2025-03-14\n');
		expect(section).toContain('npm run build');
		const outDir = join(work, 'dist');
		const build = runNpmBuild({ PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: outDir, PARALLAX_CACHE_DIR: join(work, 'cache') });
		expect(build.status, build.output).toBe(0);
		const marks = findAll(loadPage('articles/harbour-courier-2025-03-14/index.html', outDir), (el) => el.tagName === 'mark' && typeof el.properties.id === 'string');
		expect(marks.map((m) => m.properties.id)).toEqual(['ferry-resumes-the-first-ferry-to', 'ferry-resumes-crossings-had-been-suspended', 'ferry-resumes-we-are-running-a']);
		expect(existsSync(join(outDir, 'stories/wrenhaven-ferry/compare/index.html'))).toBe(true);
		// The import's notes name page fields in backticks; the article page shows them as code, not as literal backticks.
		const notes = findAll(loadPage('articles/harbour-courier-2025-03-14/index.html', outDir), (el) => el.tagName === 'p' && Array.isArray(el.properties.className) && el.properties.className.includes('note'));
		const published = notes.find((p) => findAll(p, (el) => el.tagName === 'code').some((code) => JSON.stringify(code).includes('datePublished')));
		expect(published, 'the date note shows `datePublished` as code').toBeDefined();
		expect(notes.map((p) => JSON.stringify(p)).join('')).not.toContain('`');
		// The dev claim picker is in no file of a build.
		const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|js|css)$/.test(f));
		expect(files.filter((f) => /claim-picker|draftClaim|Claim from the selection/.test(readFileSync(join(outDir, f), 'utf8')))).toEqual([]);
	});
});
