import { spawnSync } from 'node:child_process';
import { projectRoot } from './run-astro';

/** Runs `npm run build` (content check, then Astro) with the given settings, as a user would. */
export function runNpmBuild(env: Record<string, string>): { status: number | null; output: string } {
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) && !key.startsWith('VITEST')),
	);
	const result = spawnSync('npm', ['run', 'build', '--silent'], {
		cwd: projectRoot,
		encoding: 'utf8',
		env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
	});
	// biome-ignore lint: strip ANSI colour codes
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}
