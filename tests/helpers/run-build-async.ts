import { spawn } from 'node:child_process';
import { projectRoot } from './run-astro';

/** Runs `npm run build` like `runNpmBuild`, but without waiting, so that builds can run at the same time. */
export function startNpmBuild(env: Record<string, string>): Promise<{ status: number | null; output: string }> {
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) && !key.startsWith('VITEST')),
	);
	const child = spawn('npm', ['run', 'build', '--silent'], { cwd: projectRoot, env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env } });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	// biome-ignore lint: strip ANSI colour codes
	return new Promise((done) => child.on('close', (status) => done({ status, output: output.replace(/\u001b\[[0-9;]*m/g, '') })));
}
