import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinStory } from '../../src/lib/capture/join-story';
import { PageError, readPage } from '../../src/lib/capture/read-page';
import { writeContentSet } from '../helpers/content-set';

describe('npm run import --story', () => {
	it('adds the article to an existing story, keeping its comments', () => {
		const root = writeContentSet({ 'stories/s.yaml': '# The story.\ntitle: S\nsummary: A story.\nevents: [e]\narticles:\n  - a # the first\n' });
		expect(joinStory(root, 's', 'b', (p) => p)).toContain('Added `b`');
		expect(readFileSync(join(root, 'stories/s.yaml'), 'utf8')).toBe('# The story.\ntitle: S\nsummary: A story.\nevents: [e]\narticles:\n  - a # the first\n  - b\n');
		expect(joinStory(root, 's', 'b', (p) => p)).toContain('already in story');
	});

	it('adds an `articles` list to a story without one', () => {
		const root = writeContentSet({ 'stories/s.yaml': 'title: S\nsummary: A story.\nevents: [e]\n' });
		joinStory(root, 's', 'b', (p) => p);
		expect(readFileSync(join(root, 'stories/s.yaml'), 'utf8')).toContain('articles:\n  - b\n');
	});

	it('writes no new story (it needs an event) but prints one to save', () => {
		const root = writeContentSet({ 'entities.yaml': '[]\n' });
		const message = joinStory(root, 'new-story', 'b', (p) => p);
		expect(message).toContain('A story needs at least one event');
		expect(message).toContain('articles:\n  - b');
	});

	it('writes nothing outside the content folder: a story id that is a path, or a story file that is a link, is refused', () => {
		const outside = join(mkdtempSync(join(tmpdir(), 'parallax-victim-')), 'victim.yaml');
		writeFileSync(outside, 'title: V\nsummary: Not Parallax content.\nevents: [e]\n');
		const root = writeContentSet({ 'stories/s.yaml': 'title: S\nsummary: A story.\nevents: [e]\n' });
		expect(() => joinStory(root, '../../victim', 'b', (p) => p)).toThrow(/--story: Expected an id of lower-case letters/);
		symlinkSync(outside, join(root, 'stories/linked.yaml'));
		expect(() => joinStory(root, 'linked', 'b', (p) => p)).toThrow(/symbolic link/);
		expect(() => joinStory(root, 's', 'b', (p) => p)).toThrow(/symbolic link/);
		expect(readFileSync(outside, 'utf8')).toBe('title: V\nsummary: Not Parallax content.\nevents: [e]\n');
	});
});

describe('npm run import, pages it will not read', () => {
	it('refuses a page nested too deep for the extractor, without walking it recursively', () => {
		const page = join(mkdtempSync(join(tmpdir(), 'parallax-deep-')), 'deep.html');
		writeFileSync(page, `<!doctype html><html><body>${'<div>'.repeat(5_000)}<p>Text.</p>${'</div>'.repeat(5_000)}</body></html>`);
		expect(() => readPage(page)).toThrow(PageError);
		expect(() => readPage(page)).toThrow(/nest \d+ deep, more than the 400/);
	});
});

