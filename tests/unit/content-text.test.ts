import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content';
import { formatProblems } from '../../src/lib/corpus/content-problems';
import { validFiles, writeContentSet } from '../helpers/content-set';

/** Checks the valid content set with `changes` written as they are (strings as UTF-8, buffers byte for byte). */
async function check(changes: Record<string, string | Buffer> = {}, prepare: (root: string) => void = () => {}) {
	const root = writeContentSet(validFiles());
	for (const [path, data] of Object.entries(changes)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), data);
	}
	prepare(root);
	const { problems } = await checkContent(root, (path) => path.slice(root.length + 1) || '.');
	return { problems, text: problems.length ? formatProblems(problems) : '' };
}

const alpha = validFiles()['articles/alpha.md']!;
const bridge = validFiles()['events/bridge.yaml']!;

describe('files that are not UTF-8 text', () => {
	it('reads a UTF-8 file with a byte order mark as if it had none', async () => {
		const { problems } = await check({ 'articles/alpha.md': `\uFEFF${alpha}`, 'events/bridge.yaml': `\uFEFF${bridge}` });
		expect(problems).toEqual([]);
	});

	it('refuses a UTF-16 file as such, with or without its byte order mark', async () => {
		const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(alpha, 'utf16le')]);
		const { text } = await check({ 'articles/alpha.md': le, 'articles/beta.md': Buffer.from(validFiles()['articles/beta.md']!, 'utf16le') });
		expect(text).toContain('articles/alpha.md:1, (encoding):');
		expect(text).toContain('this one is saved as UTF-16 (it starts with a UTF-16 byte order mark)');
		expect(text).toContain('articles/beta.md:1, (encoding):');
		expect(text).toContain('saved as UTF-16 (every other byte is zero)');
		expect(text).not.toContain('Expected the file to start with frontmatter');
	});

	it('refuses a file saved as Windows-1252, naming the line, instead of turning its letters into U+FFFD', async () => {
		const latin = Buffer.from(alpha.replace('after repairs.', 'after repairs.\n\nThe caf\u00e9 said no.'), 'latin1');
		const { text, problems } = await check({ 'articles/alpha.md': latin });
		expect(problems, text).toHaveLength(1);
		expect(text).toContain('articles/alpha.md:16, (encoding):');
		expect(text).toContain('has a byte (0xE9) that is not UTF-8');
		expect(text).toContain('save it with the encoding "UTF-8"');
	});
});

describe('text that is not what it looks like', () => {
	it('refuses a RIGHT-TO-LEFT OVERRIDE in a headline, with its field, line and name', async () => {
		const { text } = await check({ 'articles/alpha.md': alpha.replace('"Sample headline"', '"The mayor \u202Edid not\u202C resign"') });
		expect(text).toContain('articles/alpha.md:3, title.text:');
		expect(text).toContain('found U+202E RIGHT-TO-LEFT OVERRIDE');
		expect(text).toContain('Remove the control');
	});

	it('refuses an isolate in an outlet name and a URL, and an escaped override in an event note', async () => {
		const article = alpha.replace('name: Fixture Gazette', 'name: Fixture Gazette\u2069').replace('https://example.org/sample', 'https://example.org/\u202Esample');
		const event = bridge.replace('    relation: agrees\n', '    relation: agrees\n    note: "Said \\u202Eit\\u202C twice."\n');
		const { text } = await check({ 'articles/alpha.md': article, 'events/bridge.yaml': event });
		expect(text).toContain('articles/alpha.md:6, outlet.name:\n   Expected plain text, but found U+2069 POP DIRECTIONAL ISOLATE');
		expect(text).toContain('articles/alpha.md:7, url:\n   Expected plain text, but found U+202E RIGHT-TO-LEFT OVERRIDE');
		expect(text).toContain('events/bridge.yaml:10, claims[0].note:\n   Expected plain text, but found U+202E RIGHT-TO-LEFT OVERRIDE');
	});

	it('refuses NUL and other controls in a body and an entity name, and U+FFFD, each with its line', async () => {
		const article = alpha.replace('The council said nothing else.', 'The council\u0000 said nothing.\n\nIt was \uFFFD closed.');
		const { text } = await check({ 'articles/alpha.md': article, 'entities.yaml': '- id: ann-example\n  name: Ann\u001b Example\n  kind: person\n  variants: [Ann]\n' });
		expect(text).toContain('articles/alpha.md:16, (text):\n   Expected text, but found U+0000 NULL, a control character');
		expect(text).toContain('articles/alpha.md:18, (text):\n   Expected text, but found U+FFFD REPLACEMENT CHARACTER');
		expect(text).toContain('entities.yaml:2, [0].name:\n   Expected text, but found U+001B ESCAPE');
	});

	it('allows the implicit direction marks that right-to-left text uses (LRM, RLM, ALM), and tabs', async () => {
		const article = alpha.replace('The council said nothing else.', 'The council said \u200Fnothing\u200E else.\tReally\u061C.');
		expect((await check({ 'articles/alpha.md': article })).problems).toEqual([]);
	});
});

describe('files that are not plain files', () => {
	it('refuses a FIFO without waiting on it, and a link to a /proc file without reading it', async () => {
		const { text } = await check({}, (root) => {
			expect(spawnSync('mkfifo', [join(root, 'events', 'pipe.yaml')]).status).toBe(0);
			symlinkSync('/proc/self/environ', join(root, 'events', 'environ.yaml'));
		});
		expect(text).toContain('events/pipe.yaml, (file):\n   Expected a plain file, but found a special file');
		expect(text).toContain('events/environ.yaml, (file):\n   This file is a symbolic link.');
		expect(text).not.toContain('PATH=');
	});

	it('refuses a link even when it points inside the content folder, and a link in a subfolder', async () => {
		const { text } = await check({}, (root) => {
			symlinkSync(join(root, 'articles', 'alpha.md'), join(root, 'articles', 'copy.md'));
			spawnSync('mkdir', [join(root, 'events', 'more')]);
			symlinkSync('/etc', join(root, 'events', 'more', 'etc'));
		});
		expect(text).toContain('articles/copy.md, (file):');
		expect(text).toContain('events/more/etc, (file):');
		expect(text).toContain('replace the link with a copy of the file');
	});
});

describe('each real cause is reported once, as itself', () => {
	it('reports a linked articles folder once, not also every claim and story that names an article in it', async () => {
		const { problems } = await check({}, (root) => {
			const elsewhere = join(mkdtempSync(join(tmpdir(), 'parallax-outside-')), 'articles');
			spawnSync('mv', [join(root, 'articles'), elsewhere]);
			symlinkSync(elsewhere, join(root, 'articles'));
		});
		expect(problems.map((p) => `${p.field}: ${p.message.slice(0, 40)}`)).toEqual(['(folder): This folder is a symbolic link. Parallax']);
	});

	it('reports an event that fails its schema, and not also as missing from the story that lists it', async () => {
		const { problems, text } = await check({
			'events/bridge.yaml': bridge.replace('title: Bridge opening', 'titel: Bridge opening'),
			'stories/one.yaml': 'title: T\nsummary: S\nevents: [bridge]\narticles: [alpha]\n',
			'articles/alpha.md': alpha.replace('language: en', 'language: en\nautor: X'),
		});
		expect(text).toContain('events/bridge.yaml:1, titel');
		expect(text).toContain('articles/alpha.md:13, autor');
		expect(text).not.toContain('not in the events');
		expect(text).not.toContain('not in the articles');
		expect(problems.filter((p) => p.file === 'stories/one.yaml')).toEqual([]);
	});
});
