import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinStory } from '../../src/lib/capture/join-story';
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
});
