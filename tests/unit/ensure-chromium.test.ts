import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../scripts/ensure-chromium.mjs');
const run = (chromium: string) => spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: chromium } });

describe('ensure-chromium', () => {
	it('passes when the browser is there', () => {
		expect(run(process.execPath).status).toBe(0);
	});

	it('stops with the one command to run when it is missing and cannot be installed', () => {
		// A custom path is never installed with apt, so this exercises the message even as root.
		const result = run('/nonexistent/chromium');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('The browser tests need Chromium at /nonexistent/chromium, and none was found.');
		expect(result.stderr).toContain('sudo apt-get install -y chromium');
	});
});
