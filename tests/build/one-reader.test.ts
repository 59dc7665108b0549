import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validFiles, writeContentSet } from '../helpers/content-set';
import { projectRoot } from '../helpers/run-astro';
import { runNpmBuild } from '../helpers/run-build';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const hostile = (name: string) => readFileSync(join(projectRoot, 'tests/fixtures/hostile-yaml', name), 'utf8');

describe('one reader of the content', () => {
	it('content.config.ts uses no loader of Astro\'s own, so no file is parsed by a second parser', () => {
		const config = readFileSync(join(projectRoot, 'src/content.config.ts'), 'utf8');
		expect(config).not.toMatch(/from 'astro\/loaders'/);
		expect(config.match(/parallaxLoader\('/g)).toHaveLength(4);
	});

	it('reports YAML that parsers read differently, or that crashes or floods one, as content errors naming file and line', () => {
		const files = validFiles();
		files['events/custom-tag.yaml'] = hostile('custom-tag.yaml');
		files['stories/yaml-1-1.yaml'] = hostile('yaml-1-1.yaml');
		files['events/form-feed.yaml'] = hostile('form-feed.yaml');
		files['events/forward-alias.yaml'] = hostile('forward-alias.yaml');
		files['events/alias-bomb.yaml'] = hostile('alias-bomb.yaml');
		files['events/bridge.yml'] = files['events/bridge.yaml']!;
		const out = join(mkdtempSync(join(tmpdir(), 'parallax-out-')), 'site');
		const run = runNpmBuild({ PARALLAX_CONTENT: writeContentSet(files), PARALLAX_OUT_DIR: out, PARALLAX_CACHE_DIR: join(out, '..', 'cache') });
		expect(run.status).not.toBe(0);
		expect(run.output).toMatch(/events\/custom-tag\.yaml:1, \(YAML\):\n\s+Expected plain data, but found the tag `!!js\/function`/);
		expect(run.output).toMatch(/stories\/yaml-1-1\.yaml:1, \(YAML\):\n\s+Expected YAML 1\.2, but found a `%YAML 1\.1` directive/);
		expect(run.output).toMatch(/events\/form-feed\.yaml:1, title:\n\s+Expected text, but found U\+000C FORM FEED, a control character/);
		expect(run.output).toMatch(/events\/forward-alias\.yaml:1, \(YAML\):\n\s+Expected every alias/);
		expect(run.output).toMatch(/events\/alias-bomb\.yaml:7, \(YAML\):\n\s+Expected aliases .* would expand into more than 100 copies/);
		expect(run.output).toMatch(/events\/bridge\.yml, \(file name\):\n\s+Expected one file per id, but `bridge\.yaml` and `bridge\.yml` both give an event the id `bridge`/);
		// The form feed is refused in its field, and the file is still checked: its empty `claims` is a problem of its own.
		expect(run.output).toMatch(/events\/form-feed\.yaml:4, claims:/);
		expect(run.output).toContain('Parallax found 7 problems in the content');
		expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
		expect(run.output).not.toContain('Stack trace');
	});
});
