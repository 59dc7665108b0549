import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNpmBuild } from '../helpers/run-build';
import { projectRoot } from '../helpers/run-astro';

/** Every file under `dir`, relative, sorted by code unit. */
function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
		.sort();
}

// Ids whose order differs by locale: in Czech "ch" sorts after "h", so `chronicle-…` and `chamber-…` would move behind `herald-…` and `harbour-…`.
const CONTENT = join(projectRoot, 'tests/fixtures/content/locale-order');

function build(env: Record<string, string>): string {
	const scratch = mkdtempSync(join(tmpdir(), 'parallax-locale-'));
	const out = join(scratch, 'dist');
	// The collection's `created` is the build time unless SOURCE_DATE_EPOCH fixes it; with it fixed, nothing may differ.
	const run = runNpmBuild({ ...env, SOURCE_DATE_EPOCH: '1700000000', PARALLAX_CONTENT: CONTENT, PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: join(scratch, 'cache') });
	expect(run.status, run.output).toBe(0);
	return out;
}

describe('the same content under any locale and time zone', () => {
	it('gives byte-identical output under cs_CZ in Kiritimati and under C in Los Angeles', () => {
		const czech = build({ LC_ALL: 'cs_CZ.UTF-8', LANG: 'cs_CZ.UTF-8', TZ: 'Pacific/Kiritimati' });
		const plain = build({ LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', TZ: 'America/Los_Angeles' });
		const list = files(plain);
		expect(files(czech)).toEqual(list);
		const differing = list.filter((path) => !readFileSync(join(czech, path)).equals(readFileSync(join(plain, path))));
		expect(differing).toEqual([]);
		// The order is the ids' code-unit order, not a locale's.
		const compare = readFileSync(join(plain, 'compare/index.html'), 'utf8');
		expect(compare.indexOf('data-column="chronicle-2024-03-05"')).toBeLessThan(compare.indexOf('data-column="herald-2024-03-05"'));
	});
});
