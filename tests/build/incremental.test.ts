import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/run-astro';
import { runNpmBuild } from '../helpers/run-build';

// Three stories that share nothing: harvest (two sources), tunnel (two, with a discrepancy) and choir (one).
const FIXTURE = join(projectRoot, 'tests/fixtures/content/incremental');
const scratch = mkdtempSync(join(tmpdir(), 'parallax-incremental-'));
const content = join(scratch, 'content');
const kept = { out: join(scratch, 'kept-out'), cache: join(scratch, 'kept-cache') };

/** Every file under `dir`, relative, sorted by code unit. */
function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
		.sort();
}

/** The paths that one folder has and the other lacks, or that differ in a byte. */
function differences(a: string, b: string): string[] {
	const inA = files(a);
	const inB = new Set(files(b));
	const out = [...inA.filter((path) => !inB.has(path)).map((path) => `only in the rebuild: ${path}`), ...[...inB].filter((path) => !inA.includes(path)).map((path) => `only in the cold build: ${path}`)];
	for (const path of inA) if (inB.has(path) && !readFileSync(join(a, path)).equals(readFileSync(join(b, path)))) out.push(`differs: ${path}`);
	return out;
}

/** Builds `content` with `npm run build`; returns the pages Astro copied from the last build and those it rendered, and how many articles the content check took from its cache. */
function build(folders: { out: string; cache: string }): { skipped: string[]; rendered: string[]; reusedArticles: number; searchKept: boolean } {
	// A fixed time for the annotation collections' `created`, as reproducible builds set it.
	const run = runNpmBuild({ SOURCE_DATE_EPOCH: '1700000000', PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: folders.out, PARALLAX_CACHE_DIR: folders.cache });
	expect(run.status, run.output).toBe(0);
	return {
		skipped: [...run.output.matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]!),
		rendered: [...run.output.matchAll(/├─ (\S+) \(\+/g)].map((m) => m[1]!),
		reusedArticles: Number(/(\d+) articles? as rendered by the last build/.exec(run.output)?.[1] ?? 0),
		searchKept: run.output.includes('its index is kept'),
	};
}

/** A cold build of the content as it is now, in new output and cache folders. */
function coldBuild(): string {
	const fresh = mkdtempSync(join(scratch, 'cold-'));
	build({ out: join(fresh, 'out'), cache: join(fresh, 'cache') });
	return join(fresh, 'out');
}

function edit(file: string, change: (text: string) => string): void {
	const path = join(content, file);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	expect(after).not.toBe(before);
	writeFileSync(path, after);
}

describe('a rebuild with the kept output and cache', () => {
	cpSync(FIXTURE, content, { recursive: true });
	let original = '';

	it('after one claim is edited, gives the bytes of a cold build and renders only what the claim shows on', { timeout: 300_000 }, () => {
		build(kept);
		original = join(scratch, 'original');
		cpSync(kept.out, original, { recursive: true });
		edit('events/tunnel-closure.yaml', (text) => text.replace('    speaker: narration\n', '    speaker: narration\n    note: The operator gave no date for the reopening.\n'));
		const warm = build(kept);
		expect(differences(kept.out, coldBuild())).toEqual([]);
		// The other stories' pages were copied, not rendered; the tunnel's were rendered.
		expect(warm.skipped).toEqual(expect.arrayContaining(['/stories/choir/index.html', '/events/harvest-start/index.html', '/articles/orchard-daily-2024-04-02/index.html', '/entities/nina-holm/index.html']));
		expect(warm.rendered).toEqual(expect.arrayContaining(['/events/tunnel-closure/index.html', '/articles/tunnel-gazette-2024-05-10/index.html', '/stories/tunnel/compare/index.html']));
		expect(warm.skipped).not.toContain('/events/tunnel-closure/index.html');
		// The content check rendered again only the article the edited claim is in.
		expect(warm.reusedArticles).toBe(4);
		// A claim's note is not in the search records: the index was kept, and is the one a cold build writes.
		expect(warm.searchKept).toBe(true);
	});

	it('after one article is added to a story, gives the bytes of a cold build', { timeout: 300_000 }, () => {
		writeFileSync(
			join(content, 'articles/choir-review-2024-06-03.md'),
			readFileSync(join(content, 'articles/choir-bulletin-2024-06-01.md'), 'utf8').replace('choir-bulletin-2024-06-01', 'choir-review-2024-06-03').replace('Choir Bulletin', 'Choir Review').replace('2024-06-01"', '2024-06-03"'),
		);
		edit('stories/choir.yaml', (text) => `${text}articles: [choir-review-2024-06-03]\n`);
		const warm = build(kept);
		expect(differences(kept.out, coldBuild())).toEqual([]);
		// An entity's page lists the sources that do not name it too.
		expect(warm.rendered).toEqual(expect.arrayContaining(['/articles/choir-review-2024-06-03/index.html', '/stories/choir/compare/index.html', '/entities/nina-holm/index.html']));
		expect(warm.skipped).toEqual(expect.arrayContaining(['/stories/harvest/index.html', '/events/tunnel-closure/index.html']));
		expect(warm.reusedArticles).toBeGreaterThanOrEqual(4);
		expect(warm.searchKept).toBe(false);
	});

	it('after both are undone, gives the first build\'s bytes again: the added article\'s files are gone', { timeout: 300_000 }, () => {
		rmSync(content, { recursive: true });
		cpSync(FIXTURE, content, { recursive: true });
		build(kept);
		expect(differences(kept.out, original)).toEqual([]);
	});
});
