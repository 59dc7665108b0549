import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitProblems } from '../../src/lib/check/data-limits';
import { parseYamlSource } from '../../src/lib/check/yaml-source';

// Whatever a content file holds, Parallax's reader answers with data or with
// problems naming the file and a line, and never throws: a throw would reach
// the user as a stack trace. Pieces are the YAML features that made a parser
// crash, flood or disagree with another: tags, directives, anchors and
// aliases (forward ones and bombs), control characters, flow collections.
const piece = fc.oneof(
	fc.constantFrom('title: ', 'summary: x\n', '- ', '  ', '\n', ': ', '---\n', '%YAML 1.1\n', '%TAG ! tag:example.org,2000:\n', '!!js/function ', '!!binary ', '!include ', '!x '),
	fc.constantFrom('&a ', '*a', '&b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n', '*b', '[', ']', '{', '}', ',', '"', "'", '#', '|\n', '>\n', '? '),
	fc.constantFrom('\f', '\u0000', '\u0007', '\u001b', '\t', '\r\n', 'yes', 'no', 'on', '2025-02-29', '0o17', '.inf'),
	fc.string({ maxLength: 8 }),
);
const yamlText = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));

describe('the YAML reader never throws', () => {
	it('gives data or located problems for any text', () => {
		fc.assert(
			fc.property(yamlText, (text) => {
				const source = parseYamlSource(text, 'events/x.yaml');
				for (const problem of source.problems) {
					expect(problem.file).toBe('events/x.yaml');
					expect(problem.message.length).toBeGreaterThan(20);
				}
				if (source.problems.some((p) => p.field === '(YAML)')) expect(source.data).toBeUndefined();
				if (source.data !== undefined) limitProblems(source.data, source, 'events/x.yaml');
			}),
			{ numRuns: 1500 },
		);
	});

	it('reads an alias bomb nine levels deep as one problem', () => {
		const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
		for (let level = 1; level < 9; level++) rows.push(`l${level}: &l${level} [${Array(9).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
		const source = parseYamlSource(rows.join('\n'), 'events/bomb.yaml');
		expect(source.data).toBeUndefined();
		expect(source.problems).toHaveLength(1);
		expect(source.problems[0]).toMatchObject({ line: 2, field: '(YAML)' });
	});
});
