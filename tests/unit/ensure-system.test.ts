import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../scripts/ensure-system.mjs');
const run = (tools: string[], env: Record<string, string>) => spawnSync(process.execPath, [script, ...tools], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('ensure-system', () => {
	it('passes when the programs are there', () => {
		expect(run(['chromium'], { CHROMIUM_PATH: process.execPath }).status).toBe(0);
	});

	it('stops with the one command to run when Chromium is missing and cannot be installed', () => {
		// A custom path is never installed with apt, so this exercises the message even as root.
		const result = run(['chromium'], { CHROMIUM_PATH: '/nonexistent/chromium' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('The browser tests need Chromium at /nonexistent/chromium, and none was found.');
		expect(result.stderr).toContain('sudo apt-get install -y chromium');
	});

	it('names the Java package when Java is missing', () => {
		const result = run(['java'], { JAVA_PATH: '/nonexistent/java' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('needs Java at /nonexistent/java');
		expect(result.stderr).toContain('sudo apt-get install -y default-jre-headless');
	});
});
