import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile, validFiles, writeContentSet } from '../helpers/content-set';
import { runAstro } from '../helpers/run-astro';
import { runNpmBuild } from '../helpers/run-build';

/** A string that must never reach a log or an output file: it only exists in files outside the content folder. */
const SECRET = 'SECRET-MARKER-7f3a9c';

/** Files outside any content folder, as a leaked source or a system file would be. */
function outsideFiles(): { article: string; folder: string; passwd: string } {
	const outside = mkdtempSync(join(tmpdir(), 'parallax-outside-'));
	const article = join(outside, 'private.md');
	writeFileSync(article, articleFile(`The bridge will open on May 4, ${SECRET} said.`));
	const folder = join(outside, 'articles');
	mkdirSync(folder);
	writeFileSync(join(folder, 'alpha.md'), articleFile(`Ann Example said the bridge will open on May 4 after repairs. ${SECRET}`));
	writeFileSync(join(folder, 'beta.md'), articleFile(`The bridge will open on May 4, the mayor said. ${SECRET}`));
	const passwd = join(outside, 'passwd');
	// Not valid YAML (a colon list with a tab), so a parser that reads it has something to quote in its error.
	writeFileSync(passwd, `root:x:0:0:${SECRET}:/root:/bin/bash\n\tdaemon: {${SECRET}\n`);
	return { article, folder, passwd };
}

/** Every byte a build wrote, as text. */
function everythingUnder(dir: string): string {
	if (!existsSync(dir)) return '';
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => join(dir, name))
		.filter((path) => statSync(path).isFile())
		.map((path) => readFileSync(path, 'latin1'))
		.join('\n');
}

describe('nothing outside the content folder is read or published', () => {
	const scratch = () => mkdtempSync(join(tmpdir(), 'parallax-out-'));

	it('refuses an article and a YAML file that link outside, and no byte of their targets reaches the log or the output', () => {
		const outside = outsideFiles();
		const content = writeContentSet(validFiles());
		symlinkSync(outside.article, join(content, 'articles', 'leak.md'));
		symlinkSync(outside.passwd, join(content, 'events', 'passwd.yaml'));
		const out = join(scratch(), 'site');
		const run = runNpmBuild({ PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: join(scratch(), 'cache') });
		expect(run.status).not.toBe(0);
		expect(run.output).toMatch(/articles\/leak\.md, \(file\):\n\s+This file is a symbolic link/);
		expect(run.output).toMatch(/events\/passwd\.yaml, \(file\):\n\s+This file is a symbolic link/);
		expect(run.output).toContain('replace the link with a copy of the file');
		expect(run.output).not.toContain(SECRET);
		expect(run.output, 'the target of the link is not named').not.toContain(outside.passwd);
		expect(everythingUnder(out)).not.toContain(SECRET);
	});

	it('refuses an `articles/` folder that is a link to another folder', () => {
		const outside = outsideFiles();
		const content = writeContentSet(validFiles());
		renameSync(join(content, 'articles'), join(scratch(), 'moved'));
		symlinkSync(outside.folder, join(content, 'articles'));
		const out = join(scratch(), 'site');
		const run = runNpmBuild({ PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: join(scratch(), 'cache') });
		expect(run.status).not.toBe(0);
		expect(run.output).toMatch(/\/articles, \(folder\):\n\s+This folder is a symbolic link/);
		expect(run.output).not.toContain(SECRET);
		expect(everythingUnder(out)).not.toContain(SECRET);
	});

	it('guards Astro\'s own loaders too (`astro sync` runs no content check)', () => {
		const outside = outsideFiles();
		const content = writeContentSet(validFiles());
		symlinkSync(outside.passwd, join(content, 'events', 'passwd.yaml'));
		const run = runAstro('sync', content);
		expect(run.status).not.toBe(0);
		expect(run.output).toContain('This file is a symbolic link');
		expect(run.output).not.toContain(SECRET);
	});

	it('accepts a content folder that is itself reached through a link', () => {
		const content = writeContentSet(validFiles());
		const link = join(scratch(), 'content-link');
		symlinkSync(content, link);
		const run = runAstro('build', link);
		expect(run.status, run.output).toBe(0);
	});
});

describe('content files are read as UTF-8, and only so', () => {
	it('builds articles and YAML files saved with a UTF-8 byte order mark, without it in the text', () => {
		const files = validFiles();
		for (const name of ['articles/alpha.md', 'events/bridge.yaml', 'entities.yaml']) files[name] = `\uFEFF${files[name]}`;
		const run = runAstro('build', writeContentSet(files));
		expect(run.status, run.output).toBe(0);
		expect(readFileSync(join(run.outDir, 'articles/alpha/index.html'), 'utf8')).not.toContain('\uFEFF');
	});
});
