import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trickyFiles, writeContentSet } from '../helpers/content-set';
import { projectRoot, runAstro } from '../helpers/run-astro';

const vnuJar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
const java = process.env.JAVA_PATH ?? 'java';

interface VnuMessage {
	type: string;
	url?: string;
	message: string;
	extract?: string;
	lastLine?: number;
}

/** Runs the Nu Html Checker over every HTML page of a folder and returns its errors. */
function htmlErrors(dir: string): VnuMessage[] {
	const result = spawnSync(java, ['-jar', vnuJar, '--format', 'json', '--skip-non-html', '--exit-zero-always', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	expect(result.error, 'Java runs (npm test installs default-jre-headless)').toBeUndefined();
	const report = JSON.parse(result.stderr || result.stdout) as { messages: VnuMessage[] };
	return report.messages.filter((m) => m.type === 'error' || (m.type === 'non-document-error'));
}

const describeErrors = (errors: VnuMessage[]) => errors.map((e) => `${e.url?.split('/dist/').at(-1)}:${e.lastLine}: ${e.message} ${e.extract ?? ''}`).join('\n');

describe('every built page is valid HTML (Nu Html Checker)', () => {
	it('the real site has zero errors', () => {
		const errors = htmlErrors(join(projectRoot, 'dist'));
		expect(errors, describeErrors(errors)).toEqual([]);
	});

	it('a site with tricky content (claims in links, headings named like paragraphs) has zero errors', () => {
		const run = runAstro('build', writeContentSet(trickyFiles()));
		expect(run.status, run.output).toBe(0);
		const errors = htmlErrors(run.outDir);
		expect(errors, describeErrors(errors)).toEqual([]);
	});

	it('can fail: a page with a bad <time> is reported', () => {
		const dir = writeContentSet({ 'bad/index.html': '<!doctype html><html lang="en"><title>x</title><p><time>16–17 April 2025</time></p></html>' });
		expect(htmlErrors(dir).map((e) => e.message).join(' ')).toContain('time');
	});
});
