import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFileOf } from '../../src/lib/check/build-lock';
import { outputDirProblem } from '../../src/lib/check/output-dir';
import { articleFile, twoStoryFiles, validFiles, writeContentSet } from '../helpers/content-set';
import { projectRoot } from '../helpers/run-astro';
import { runNpmBuild } from '../helpers/run-build';
import { startNpmBuild } from '../helpers/run-build-async';

const scratch = () => mkdtempSync(join(tmpdir(), 'parallax-out-'));

/** The project's files with their sizes and times, except the caches `node_modules/` holds when no cache folder is set. */
function projectListing(): string[] {
	const listing: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			const shown = path.slice(projectRoot.length + 1);
			if (shown === '.git' || shown === 'node_modules') {
				// Only the cache folders inside node_modules can change in a build; list those.
				if (shown === 'node_modules') for (const cache of ['.astro', '.vite']) if (existsSync(join(path, cache))) walk(join(path, cache));
				continue;
			}
			const stat = statSync(path);
			if (stat.isDirectory()) walk(path);
			else listing.push(`${shown} ${stat.size} ${stat.mtimeMs}`);
		}
	};
	walk(projectRoot);
	return listing.sort();
}

describe('the output folder is the build\'s only', () => {
	it('refuses a new folder under a symlink that points into the content', () => {
		const content = writeContentSet(validFiles());
		const link = join(scratch(), 'link');
		symlinkSync(join(content, 'articles'), link);
		const problem = outputDirProblem({ projectRoot, outDir: join(link, 'new', 'site'), contentRoot: content });
		expect(problem).toContain('lies inside the content folder');
	});

	it('refuses an output folder that holds a `.git` folder, and leaves it there', () => {
		const out = scratch();
		writeFileSync(join(out, '.parallax-build'), 'an earlier build\n');
		mkdirSync(join(out, '.git'));
		writeFileSync(join(out, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');
		const run = runNpmBuild({ PARALLAX_CONTENT: writeContentSet(validFiles()), PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: join(scratch(), 'cache') });
		expect(run.status).not.toBe(0);
		expect(run.output).toContain('holds a `.git` folder');
		expect(readFileSync(join(out, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
	});

	it('refuses a cache folder inside the content folder, before writing anything', () => {
		const content = writeContentSet(validFiles());
		const run = runNpmBuild({ PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: join(scratch(), 'site'), PARALLAX_CACHE_DIR: join(content, '.cache') });
		expect(run.status).not.toBe(0);
		expect(run.output).toContain('lies inside the content folder');
		expect(run.output).toContain('PARALLAX_CACHE_DIR');
		expect(existsSync(join(content, '.cache'))).toBe(false);
	});

	it('refuses to build into a folder another running build holds, and takes over a stale lock', () => {
		const out = join(scratch(), 'site');
		const env = { PARALLAX_CONTENT: writeContentSet(validFiles()), PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: join(scratch(), 'cache') };
		const lock = lockFileOf(out);
		mkdirSync(dirname(lock), { recursive: true });
		// This test's own process is a running "build".
		writeFileSync(lock, JSON.stringify({ pid: process.pid, outDir: out, since: '2026-01-01T00:00:00Z' }));
		const refused = runNpmBuild(env);
		expect(refused.status).not.toBe(0);
		expect(refused.output).toContain(`Another Parallax build (process ${process.pid}`);
		expect(refused.output).toContain(lock);
		// A process that has ended left this one.
		const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
		writeFileSync(lock, JSON.stringify({ pid: Number(ended.stdout), outDir: out, since: '2026-01-01T00:00:00Z' }));
		const built = runNpmBuild(env);
		expect(built.status, built.output).toBe(0);
		expect(existsSync(lock), 'the lock is released').toBe(false);
	});

	it('of two builds into one folder at once, one builds and the other refuses; the folder holds one site', async () => {
		const out = join(scratch(), 'site');
		const one = writeContentSet(validFiles());
		const other = writeContentSet(twoStoryFiles());
		const [a, b] = await Promise.all([
			startNpmBuild({ PARALLAX_CONTENT: one, PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: join(scratch(), 'cache') }),
			startNpmBuild({ PARALLAX_CONTENT: other, PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: join(scratch(), 'cache') }),
		]);
		const statuses = [a.status, b.status].sort();
		expect(statuses[0], `${a.output}\n${b.output}`).toBe(0);
		expect(statuses[1]).not.toBe(0);
		expect((a.status ? a : b).output).toContain('Another Parallax build');
		const articles = readdirSync(join(out, 'articles')).filter((name) => !name.includes('.')).sort();
		expect([['alpha', 'beta'], ['alpha', 'beta', 'gamma']]).toContainEqual(articles);
		expect(existsSync(join(out, 'stories', 'budget'))).toBe(articles.includes('gamma'));
	});

	it('runs two builds with separate content, output and cache folders at once, and writes nothing into the project the README does not name', async () => {
		const before = projectListing();
		const runs = await Promise.all(
			[validFiles(), twoStoryFiles()].map((files) => {
				const dir = scratch();
				return startNpmBuild({ PARALLAX_CONTENT: writeContentSet(files), PARALLAX_OUT_DIR: join(dir, 'site'), PARALLAX_CACHE_DIR: join(dir, 'cache') });
			}),
		);
		for (const run of runs) expect(run.status, run.output).toBe(0);
		const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
		const after = projectListing();
		const changed = after.filter((line) => !before.includes(line)).map((line) => line.split(' ')[0]!);
		// Astro writes its generated types into `.astro/` on every run (`astro sync` too); the README names it.
		expect(readme).toContain('`.astro/`');
		expect(changed.filter((path) => !path.startsWith('.astro/'))).toEqual([]);
		expect(existsSync(join(projectRoot, '.astro', '.prerender'))).toBe(false);
		expect(readdirSync(join(projectRoot, '.astro')).filter((name) => name.startsWith('build-'))).toEqual([]);
	});
});

describe('working from your own folder', () => {
	it('builds different content folders in turn with one cache folder', () => {
		const cache = join(scratch(), 'cache');
		const first = writeContentSet(validFiles());
		// The same ids with other data, in another folder: Astro's glob loader took the cached entries for a second file with the same id.
		const files = validFiles();
		const second = writeContentSet({ ...files, 'articles/alpha.md': articleFile('Ann Example said the bridge will open on May 4 after repairs.\n\nShe said it again.'), 'events/bridge.yaml': files['events/bridge.yaml']!.replace('Fixture event.', 'Another fixture event.'), 'entities.yaml': `${files['entities.yaml']}  description: Another.\n` });
		for (const content of [first, second, first]) {
			const run = runNpmBuild({ PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: join(scratch(), 'site'), PARALLAX_CACHE_DIR: cache });
			expect(run.status, run.output).toBe(0);
			expect(run.output).not.toContain('DuplicateContentEntrySlugError');
		}
	});

	it('names files as the user would type them from the folder they work in', () => {
		const work = scratch();
		const files = validFiles();
		files['articles/beta.md'] = files['articles/beta.md']!.replace('language: en', 'language: en\nautor: Somebody');
		const content = join(work, 'my-content');
		const written = writeContentSet(files);
		spawnSync('cp', ['-r', written, content]);
		// As a user in `work/` would run it: `npm --prefix <project> run build`.
		const run = spawnSync('npm', ['--prefix', projectRoot, 'run', 'build', '--silent'], {
			cwd: work,
			encoding: 'utf8',
			env: { PATH: process.env.PATH, HOME: process.env.HOME, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: join(work, 'site'), PARALLAX_CACHE_DIR: join(work, 'cache') },
		});
		expect(run.status).not.toBe(0);
		expect(`${run.stdout}${run.stderr}`).toMatch(/\n1\. my-content\/articles\/beta\.md:13, autor/);
	});
});
