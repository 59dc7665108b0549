import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface AstroRun {
	/** Exit status; 0 on success. */
	status: number | null;
	/** stdout and stderr together, without terminal colours. */
	output: string;
	/** Where the build wrote its pages. */
	outDir: string;
}

/**
 * Runs the Astro CLI (`sync` or `build`) on another content folder, with its own
 * cache and output folders, so fixture runs never touch the real site's.
 */
export function runAstro(command: 'sync' | 'build', contentDir: string, env: Record<string, string> = {}): AstroRun {
	const scratch = mkdtempSync(join(tmpdir(), 'parallax-'));
	// Vitest puts Vite's env (BASE_URL, MODE, NODE_ENV…) into process.env; a child
	// Astro would take them as its own, so BASE_URL=/ would override the base.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) && !key.startsWith('VITEST')),
	);
	const outDir = join(scratch, 'dist');
	const run = () => spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), command], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: {
			...inherited,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			PARALLAX_CONTENT: contentDir,
			PARALLAX_OUT_DIR: outDir,
			PARALLAX_CACHE_DIR: join(scratch, 'cache'),
			...env,
		},
	});
	let result = run();
	// Astro writes `<project>/.astro/content-assets.mjs` through a temporary file whatever the cache folder; two test
	// builds running at once (Playwright's workers) can race on that rename. Only that race is tried once more.
	if (result.status !== 0 && /rename '[^']*content-(assets|modules)\.mjs\.tmp'/.test(`${result.stdout}${result.stderr}`)) result = run();
	// biome-ignore lint: strip ANSI colour codes
	const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { status: result.status, output, outDir };
}
