import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content';
import { renderArticleTree } from '../../src/lib/anchoring/render-article';
import { sourceMarkdownOptions } from '../../src/lib/markdown/options';
import { escapeMarkdownLine } from '../../src/lib/markdown/verbatim';

const fixtures = join(import.meta.dirname, '../fixtures/content');
const ARTICLE = 'articles/zeitung-2024-02-14.md';
const lookalikes = join(fixtures, 'markdown-lookalikes');
const escaped = join(fixtures, 'markdown-escaped');
const lines = readFileSync(join(lookalikes, ARTICLE), 'utf8').split('\n');
const lineOf = (text: string) => lines.indexOf(text) + 1;

/** Each line of the lookalike article that Markdown would turn into markup or drop, and what Markdown makes of it. */
const LOOKALIKES: [string, RegExp][] = [
	['14. Februar 2024 – Der Stadtrat hat die neue Brücke für den Verkehr freigegeben.', /as a list/],
	['* * *', /as a horizontal rule/],
	['Die Kosten stiegen um 5*3*2 Prozent, sagte der Kämmerer.', /as emphasis/],
	['[1]: https://example.org/anmerkung', /as a link definition/],
	['2024. február 14. – A híd megnyílt.', /as a list/],
	['Die Firma Müller &amp; Söhne baute die Pfeiler.', /character reference/],
	['Der Code `B-7` steht auf jedem Pfeiler.', /as code/],
	['> Ein Anwohner sagte, er sei froh.', /as a block quotation/],
	['- Ein Gedankenstrich am Zeilenanfang.', /as a list/],
	['Die Brücke ist 300 Meter lang  ', /as a line break/],
	['## Ende des Berichts ##', /as markup/],
	['===', /as a heading underlined/],
	['Mehr unter <https://example.org/bruecke> im Netz.', /angle brackets/],
];

describe('verbatim means verbatim', () => {
	it('refuses every line that Markdown would turn into markup or drop, with its line and the escaped line to write', async () => {
		const { problems, content } = await checkContent(lookalikes, (path) => path.slice(lookalikes.length + 1));
		const text = problems.filter((p) => p.field === '(text)');
		expect(text.map((p) => p.line)).toEqual(LOOKALIKES.map(([line]) => lineOf(line)));
		for (const [line, reads] of LOOKALIKES) {
			const problem = text.find((p) => p.line === lineOf(line))!;
			expect(problem.file).toBe(ARTICLE);
			expect(problem.message).toMatch(reads);
			expect(problem.message).toContain(`Write it as \`${escapeMarkdownLine(line.trimEnd())}\``);
		}
		expect(content.articles).toHaveLength(1);
	});

	it('accepts the escaped lines, and the page shows each exactly as the source printed it', async () => {
		const { problems, content } = await checkContent(escaped);
		expect(problems).toEqual([]);
		const markdown = await createMarkdownProcessor({ ...sourceMarkdownOptions('throw'), syntaxHighlight: false });
		const { code } = await markdown.render(content.articles[0]!.body);
		const { text } = await renderArticleTree(code);
		for (const [line] of LOOKALIKES) {
			const shown = (line.startsWith('## ') ? line.slice(3) : line).trimEnd();
			expect(text.replace(/\s+/g, ' '), line).toContain(shown.replace(/\s+/g, ' '));
		}
	});

	it('escapes a line so that it renders as written', async () => {
		const markdown = await createMarkdownProcessor({ ...sourceMarkdownOptions('collect'), syntaxHighlight: false });
		for (const [line] of LOOKALIKES.filter(([l]) => !l.startsWith('## ') && !l.endsWith(' '))) {
			const { code } = await markdown.render(escapeMarkdownLine(line));
			const { text } = await renderArticleTree(code);
			expect(text.trim(), line).toBe(line);
		}
	});
});
