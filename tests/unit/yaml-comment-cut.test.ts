import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content';
import { parseYamlSource } from '../../src/lib/check/yaml-source';

const root = join(import.meta.dirname, '../fixtures/content/yaml-hash-comment');

describe('YAML says what it reads', () => {
	it('reports a value without quotes that a ` #` cut short, in an event and in frontmatter, with line and fix', async () => {
		const { problems } = await checkContent(root, (path) => path.slice(root.length + 1));
		expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
			['articles/ledger-2024-03-28.md', 4, 'title.text'],
			['events/exports-rise.yaml', 7, 'claims[0].quote'],
		]);
		expect(problems[1]!.message).toContain('YAML reads only "rose by 10% to 20% in March, a record"');
		expect(problems[1]!.message).toContain('put the value in quotes: `"rose by 10% to 20% in March, a record #1 rise for the region"`');
	});

	it('accepts the same values in quotes, a `#` inside a word, and comments on their own line', () => {
		const text = '# a comment\nquote: "a record #1 rise"\nother: \'#1 again\'\ntag: C#\nlist:\n  # note\n  - item\nblock: |\n  text #1\n';
		expect(parseYamlSource(text, 'f.yaml').problems).toEqual([]);
	});

	it('names the item of a list and folds a value over two lines', () => {
		const { problems } = parseYamlSource('variants:\n  - Ann #2\nnote: one\n  two #3\n', 'f.yaml');
		expect(problems.map((p) => [p.line, p.field])).toEqual([[2, 'variants[0]'], [3, 'note']]);
		expect(problems[1]!.message).toContain('`"one two #3"`');
	});
});
