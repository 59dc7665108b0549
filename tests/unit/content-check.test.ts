import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content';
import { formatProblems } from '../../src/lib/corpus/content-problems';
import { articleFile, ENTITIES, validFiles, writeContentSet } from '../helpers/content-set';

/** Checks a content set made of the valid one with `changes` applied (`null` deletes a file). */
async function check(changes: Record<string, string | null> = {}) {
	const files: Record<string, string> = { ...validFiles() };
	for (const [path, text] of Object.entries(changes)) {
		if (text === null) delete files[path];
		else files[path] = text;
	}
	const root = writeContentSet(files);
	const { problems } = await checkContent(root, (path) => path.slice(root.length + 1) || '.');
	return { problems, text: problems.length ? formatProblems(problems) : '' };
}

const event = (claims: string, extra = '') =>
	`title: Bridge opening\nwhen: { date: "2024-05-04", precision: day }\nsummary: Fixture event.\nclaims:\n${claims}${extra}`;
/** The fixture's two sources say the same thing, each in one whole sentence (`validFiles`). */
const A = 'Ann Example said the bridge will open on May 4 after repairs.';
const B = 'The bridge will open on May 4, the mayor said.';
const claim = (article: string, quote: string, relation: string, more = '') => `  - id: bridge\n    article: ${article}\n    quote: ${quote}\n    speaker: narration\n    relation: ${relation}\n${more}`;
const bothAgree = claim('alpha', A, 'agrees') + claim('beta', B, 'agrees');

describe('the content check', () => {
	it('passes a valid content set', async () => {
		expect((await check()).problems).toEqual([]);
	});

	describe('editorial rules', () => {
		it('a discrepancy must name claims from at least two sources', async () => {
			const { text } = await check({ 'events/bridge.yaml': event(bothAgree.replace('relation: agrees', 'relation: differs'), 'discrepancies:\n  - about: x\n    claims: [alpha#bridge]\n    description: d\n') });
			expect(text).toContain('events/bridge.yaml:');
			expect(text).toContain('discrepancies[0].claims');
			expect(text).toContain('Expected claims from at least two different sources, but found only `alpha`');
		});

		it('an `agrees` claim needs a claim from another source on the event', async () => {
			const { text } = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'agrees')) });
			expect(text).toContain('claims[0].relation (article `alpha`)');
			expect(text).toContain('no other source has a claim about this event');
		});

		it('a date that cannot be the event\'s needs a discrepancy or context', async () => {
			const says = '    says: { date: "2024-05-05", precision: day }\n';
			const bad = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'agrees', says) + claim('beta', B, 'agrees')) });
			expect(bad.text).toContain('claims[0].says (article `alpha`)');
			expect(bad.text).toContain('The claim gives 2024-05-05, which cannot be the event\'s date (2024-05-04)');
			const context = '    context:\n      finding: refutes\n      differsOn: [date]\n      note: Other reporting gives 4 May.\n      sources: [{ outlet: Example, date: "2024-05-06", url: "https://example.org/x" }]\n';
			const good = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'agrees', says + context) + claim('beta', B, 'agrees')) });
			expect(good.problems).toEqual([]);
			const month = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'agrees', '    says: { date: "2024-05", precision: month }\n') + claim('beta', B, 'agrees')) });
			expect(month.problems, 'a month that contains the day can be right').toEqual([]);
		});

		it('a discrepancy of claims that all agree is refused', async () => {
			const { text } = await check({ 'events/bridge.yaml': event(bothAgree, 'discrepancies:\n  - about: x\n    claims: [alpha#bridge, beta#bridge]\n    description: d\n') });
			expect(text).toContain('Every claim it names is marked `agrees`');
		});

		it('a `differs` claim must be named in a discrepancy', async () => {
			const { text } = await check({ 'events/bridge.yaml': event(bothAgree.replace('relation: agrees', 'relation: differs')) });
			expect(text).toContain('claims[0].relation (article `alpha`)');
			expect(text).toContain('marked `differs` but no discrepancy of this event names `alpha#bridge`');
		});

		it('a context note needs a source with a URL', async () => {
			const { text } = await check({ 'events/bridge.yaml': event(bothAgree, 'discrepancies:\n  - about: x\n    claims: [alpha#bridge, beta#bridge]\n    description: d\n    context:\n      note: n\n      sources:\n        - outlet: Somebody\n          date: "2024-05-06"\n') });
			expect(text).toContain('discrepancies[0].context.sources[0].url');
			expect(text).toContain('This field is required but is missing');
		});

		it('a claim\'s context must say what it does to the claim, and on what it differs', async () => {
			const says = '    says: { date: "2024-05-05", precision: day }\n';
			const source = '      note: Other reporting gives 4 May.\n      sources: [{ outlet: Example, date: "2024-05-06", url: "https://example.org/x" }]\n';
			const silent = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'adds', says + '    context:\n' + source) + claim('beta', B, 'adds')) });
			expect(silent.text).toContain('claims[0].context.finding');
			expect(silent.text).toContain('Expected one of `supports`, `refutes` or `not-enough-info`, but found nothing');
			const vague = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'adds', says + '    context:\n      finding: refutes\n' + source) + claim('beta', B, 'adds')) });
			expect(vague.text).toContain('claims[0].context.differsOn');
			expect(vague.text).toContain('does not say on what');
			const stray = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'adds', says + '    context:\n      finding: supports\n      differsOn: [date]\n' + source) + claim('beta', B, 'adds')) });
			expect(stray.text).toContain('`differsOn` is only for a context that `refutes` the claim');
		});

		it('a discrepancy names claims of its own event only', async () => {
			const other = `title: Other\nwhen: { date: "2024-05-04", precision: day }\nsummary: s\nclaims:\n  - id: other\n    article: beta\n    quote: The bridge will open on May 4, the mayor said.\n    speaker: narration\n    relation: adds\n`;
			const { text } = await check({ 'events/other.yaml': other, 'events/bridge.yaml': event(bothAgree.replace('relation: agrees', 'relation: differs'), 'discrepancies:\n  - about: x\n    claims: [alpha#bridge, beta#other]\n    description: d\n') });
			expect(text).toContain('`beta#other` is a claim about another event');
		});
	});

	describe('editorial rules on quotes and the project\'s voice', () => {
		const story = (summary: string) => `title: The bridge\nsummary: ${summary}\nevents: [bridge]\n`;

		it('1. a quote is whole sentences: a fragment is refused, and the message shows the whole sentence', async () => {
			const { text } = await check({ 'events/bridge.yaml': event(claim('alpha', 'the bridge will open on May 4', 'agrees') + claim('beta', B, 'agrees')) });
			expect(text).toContain('events/bridge.yaml:7, claims[0].quote (article `alpha`)');
			expect(text).toContain('Expected whole sentences, but the quote starts and ends inside a sentence. The whole sentence is:\n   "Ann Example said the bridge will open on May 4 after repairs."');
			expect(text).toContain('`excerpt: <reason>`');
			const ends = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'agrees') + claim('beta', 'The bridge will open on May 4', 'agrees')) });
			expect(ends.text).toContain('claims[1].quote (article `beta`)');
			expect(ends.text).toContain('but the quote ends inside a sentence');
		});

		it('1. a shorter excerpt needs a reason, and `true` or an empty string is not one', async () => {
			const fragment = (more: string) => event(claim('alpha', 'the bridge will open on May 4', 'agrees', more) + claim('beta', B, 'agrees'));
			expect((await check({ 'events/bridge.yaml': fragment('    excerpt: The rest of the sentence is about the repairs.\n') })).problems).toEqual([]);
			const yes = await check({ 'events/bridge.yaml': fragment('    excerpt: true\n') });
			expect(yes.text).toContain('claims[0].excerpt');
			expect(yes.text).toContain('`true` is not a reason');
			const empty = await check({ 'events/bridge.yaml': fragment('    excerpt: " "\n') });
			expect(empty.text).toContain('The reason is empty');
		});

		it('1. tolerates the closing quotation mark of the sentence, a sentence the source breaks off, several sentences and overlapping claims', async () => {
			const body = 'She said: "The bridge will open on May 4." Then she left.\n\n"It is known that the council works through the mayor and, on the whole." The bridge will open on May 4, the mayor said.';
			const files = {
				'articles/alpha.md': articleFile(body),
				'events/bridge.yaml': event(
					claim('alpha', JSON.stringify('She said: "The bridge will open on May 4."'), 'agrees') +
						claim('alpha', 'It is known that the council works through the mayor and, on the whole.', 'adds').replace('id: bridge', 'id: bridge-2') +
						claim('alpha', JSON.stringify('"It is known that the council works through the mayor and, on the whole." The bridge will open on May 4, the mayor said.'), 'adds').replace('id: bridge', 'id: bridge-3') +
						claim('alpha', 'The bridge will open on May 4, the mayor said.', 'adds').replace('id: bridge', 'id: bridge-4') +
						claim('beta', B, 'agrees'),
				),
			};
			expect((await check(files)).problems).toEqual([]);
			const short = await check({ ...files, 'events/bridge.yaml': event(claim('alpha', JSON.stringify('She said: "The bridge will open on May 4'), 'agrees') + claim('beta', B, 'agrees')) });
			expect(short.text, 'a quote that leaves out the full stop does not end the sentence').toContain('but the quote ends inside a sentence');
		});

		it('2. a quote stays within one paragraph unless the claim says why', async () => {
			const across = (more = '') => event(claim('alpha', `${A} The council said nothing else.`, 'agrees', more) + claim('beta', B, 'agrees'));
			const { text } = await check({ 'events/bridge.yaml': across() });
			expect(text).toContain('claims[0].quote (article `alpha`)');
			expect(text).toContain('Expected a quote within one paragraph, but it runs over paragraphs 1 to 2');
			expect(text).toContain('`crossesParagraphs: <reason>`');
			expect((await check({ 'events/bridge.yaml': across('    crossesParagraphs: The council\'s silence is part of the same statement.\n') })).problems).toEqual([]);
			const yes = await check({ 'events/bridge.yaml': across('    crossesParagraphs: true\n') });
			expect(yes.text).toContain('claims[0].crossesParagraphs');
		});

		it('3. agreement is mutual: an `agrees` claim needs an `agrees` claim from another source', async () => {
			const { text } = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'agrees') + claim('beta', B, 'adds')) });
			expect(text).toContain('claims[0].relation (article `alpha`)');
			expect(text).toContain('no claim of another source on this event is: found `beta#bridge` (`adds`)');
			expect(text).toContain('Agreement is mutual');
			const same = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'agrees') + claim('alpha', 'The council said nothing else.', 'agrees').replace('id: bridge', 'id: bridge-2') + claim('beta', B, 'adds')) });
			expect(same.text, 'a claim of the same source is no counterpart').toContain('Agreement is mutual');
		});

		it('4. a summary that states a count of sources the data contradicts is refused, in words or digits', async () => {
			const words = await check({ 'stories/one.yaml': story('Three sources on when the bridge opens.') });
			expect(words.text).toContain('stories/one.yaml:2, summary');
			expect(words.text).toContain('The summary says `Three sources`, but the story has 2 sources (`alpha`, `beta`)');
			const digits = await check({ 'events/bridge.yaml': event(bothAgree).replace('summary: Fixture event.', 'summary: 3 outlets report the opening.') });
			expect(digits.text).toContain('events/bridge.yaml:3, summary');
			expect(digits.text).toContain('says `3 outlets`, but the event has 2 sources');
			expect((await check({ 'stories/one.yaml': story('Both sources give May 4; two sources, one date.') })).problems, 'a count that is right passes').toEqual([]);
			expect((await check({ 'stories/one.yaml': story('Only one source names the mayor, one of the sources gives no day, and no one reports the cost.') })).problems, 'a count of some of the sources is not the total').toEqual([]);
		});

		it('5. an outside source is dated: its outlet and date are fields, required', async () => {
			const context = (source: string) => event(claim('alpha', A, 'agrees', `    context:\n      finding: supports\n      note: Other reporting gives 4 May.\n      sources: [${source}]\n`) + claim('beta', B, 'agrees'));
			const { text } = await check({ 'events/bridge.yaml': context('{ outlet: Example, url: "https://example.org/x" }') });
			expect(text).toContain('claims[0].context.sources[0].date');
			const label = await check({ 'events/bridge.yaml': context('{ label: "Example, 26 November", url: "https://example.org/x" }') });
			expect(label.text).toContain('Unknown field `label`');
		});

		it('6. the project\'s own voice refuses loaded words, outside quotation marks only', async () => {
			const loaded = await check({
				'events/bridge.yaml': event(bothAgree).replace('summary: Fixture event.', 'summary: The mayor admitted the bridge will open late.'),
				'entities.yaml': ENTITIES.replace('kind: person', 'kind: person\n  description: A councillor who claimed the bridge was safe.'),
			});
			expect(loaded.text).toContain('events/bridge.yaml:3, summary');
			expect(loaded.text).toContain('found `admitted`');
			expect(loaded.text).toContain('Write "said" or "reported"');
			expect(loaded.text).toContain('entities.yaml:4, [0].description');
			expect(loaded.text).toContain('found `claimed`');
			const note = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'agrees', '    note: Ann Example gives a biased date.\n') + claim('beta', B, 'agrees')) });
			expect(note.text).toContain('claims[0].note');
			expect(note.text).toContain('found `biased`');
			const article = await check({ 'articles/beta.md': articleFile('The bridge will open on May 4, the mayor said.').replace('  basis: stated\nlanguage', '  basis: stated\n  note: "The outlet claimed this date."\nlanguage') });
			expect(article.text).toContain('articles/beta.md:12, published.note');
			expect(article.text).toContain('found `claimed`');
			const quoted = await check({ 'events/bridge.yaml': event(claim('alpha', A, 'agrees', '    note: The mayor called the report “biased” and said it "admitted" nothing.\n') + claim('beta', B, 'agrees')) });
			expect(quoted.problems, 'a party\'s own word in quotation marks is theirs').toEqual([]);
		});
	});

	describe('stories', () => {
		const story = (events: string, extra = '') => `title: T\nsummary: S\nevents: [${events}]\n${extra}`;

		it('accepts content without stories (one implicit story) and with one', async () => {
			expect((await check()).problems).toEqual([]);
			expect((await check({ 'stories/one.yaml': story('bridge', 'primary: true\n') })).problems).toEqual([]);
		});

		it('puts every event in exactly one story, and names the fix', async () => {
			const other = `title: Other\nwhen: { date: "2024-05-04", precision: day }\nsummary: s\nclaims:\n  - id: other\n    article: beta\n    quote: The bridge will open on May 4, the mayor said.\n    speaker: narration\n    relation: adds\n`;
			const { text } = await check({ 'events/other.yaml': other, 'stories/one.yaml': story('bridge'), 'stories/two.yaml': story('bridge, ghost') });
			expect(text).toContain('stories/two.yaml:3, events[0]');
			expect(text).toContain('The event `bridge` is already in the story `one`');
			expect(text).toContain('stories/two.yaml:3, events[1]');
			expect(text).toContain('found `ghost`, which is not in the events');
			expect(text).toContain('events/other.yaml:1, (story)');
			expect(text).toContain('The event `other` is in no story');
		});

		it('allows one primary story only', async () => {
			const other = `title: Other\nwhen: { date: "2024-05-04", precision: day }\nsummary: s\nclaims:\n  - id: other\n    article: beta\n    quote: The bridge will open on May 4, the mayor said.\n    speaker: narration\n    relation: adds\n`;
			const { text } = await check({ 'events/other.yaml': other, 'stories/one.yaml': story('bridge', 'primary: true\n'), 'stories/two.yaml': story('other', 'primary: true\nartciles: [alpha]\n') });
			expect(text).toContain('stories/two.yaml:5, artciles');
			const fixed = await check({ 'events/other.yaml': other, 'stories/one.yaml': story('bridge', 'primary: true\n'), 'stories/two.yaml': story('other', 'primary: true\n') });
			expect(fixed.text).toContain('Only one story can be `primary`');
		});
	});

	describe('article bodies are text', () => {
		const hostile = [
			['an image with onerror', '<img src=x onerror=alert(1)>', 'raw HTML `<img src=x onerror=alert(1)>`'],
			['a script', '<script>alert(1)</script>', 'raw HTML `<script>`'],
			['an iframe', '<iframe src="https://example.org"></iframe>', 'raw HTML `<iframe'],
			['an event handler', '<div onmouseover="alert(1)">x</div>', 'raw HTML `<div onmouseover'],
			['a style that hides text', '<style>p{display:none}</style>', 'raw HTML `<style>'],
			['a comment that hides text', '<!-- hidden words -->', 'raw HTML `<!-- hidden words -->`'],
			['a hidden div', '<div hidden>secret</div>', 'raw HTML `<div hidden>'],
			['an HTML javascript link', '<a href="javascript:alert(1)">x</a>', 'raw HTML `<a href="javascript:alert(1)">`'],
			['a Markdown javascript link in capitals', '[x](JaVaScRiPt:alert(1))', 'a link to an `http:`, `https:` or `mailto:` address, but found `JaVaScRiPt:alert(1)`'],
			['a Markdown data image', '![x](data:image/png;base64,AAAA)', 'found an image (`data:image/png;base64,AAAA`)'],
			['a remote image (a tracking pixel)', '![chart](https://tracker.example/pixel.gif)', 'found an image (`https://tracker.example/pixel.gif`)'],
			['a reference-style image', '![chart][c]', 'found an image (`![chart][c]`)'],
			['a reference-style link', '[x][r]', 'a link definition to an `http:`, `https:` or `mailto:` address, but found `javascript:alert(1)`'],
			['an autolink', '<javascript:alert(1)>', 'a link to an `http:`, `https:` or `mailto:` address'],
		] as const;

		it.each(hostile)('refuses %s, with its file and line', async (_, markup, expected) => {
			const definition = markup === '[x][r]' ? '\n\n[r]: javascript:alert(1)' : markup === '![chart][c]' ? '\n\n[c]: https://tracker.example/pixel.gif' : '';
			const { problems, text } = await check({ 'articles/alpha.md': articleFile(`Ann Example said the bridge will open on May 4 after repairs.\n\nNext ${markup} here.${definition}`) });
			expect(text).toContain(expected);
			const problem = problems.find((p) => p.field === '(text)')!;
			expect(problem.file).toBe('articles/alpha.md');
			expect(problem.line, 'the line in the file').toBe(markup === '[x][r]' ? 18 : 16);
			expect(problem.message).toMatch(/escape it|Use the full `https:\/\/` address|Remove it; if the source shows an image/);
		});

		it('accepts escaped markup and http, https and mailto links', async () => {
			const { problems } = await check({ 'articles/alpha.md': articleFile('Ann Example said the bridge will open on May 4 after repairs.\n\nShe wrote \\<b\\> and \\`\\<i>\\`, see [a](https://example.org), [b](http://example.org) and [c](mailto:a@example.org).') });
			expect(problems).toEqual([]);
			// A code span is markup too: its backticks would leave the text.
			const code = await check({ 'articles/alpha.md': articleFile('Ann Example said the bridge will open on May 4 after repairs.\n\nShe wrote `<i>`.') });
			expect(code.text).toContain('as code (the backticks leave the text)');
		});
	});

	describe('quotes', () => {
		it('refuses a quote that starts or ends inside a word, showing the whole words', async () => {
			const { text } = await check({ 'events/bridge.yaml': event(claim('alpha', 'e bridge will open on May 4', 'agrees') + claim('beta', B, 'agrees')) });
			expect(text).toContain('The quote starts inside a word (paragraph 1)');
			expect(text).toContain('Quote whole words: "the bridge will open on May 4"');
			expect(text).toContain('partialWords: true');
		});

		it('allows it when the claim says so', async () => {
			const { problems } = await check({ 'events/bridge.yaml': event(claim('alpha', 'e bridge will open on May 4', 'agrees', '    partialWords: true\n    excerpt: The fixture quotes part of a word on purpose.\n') + claim('beta', B, 'agrees')) });
			expect(problems).toEqual([]);
		});

		it('names invisible characters that make a quote miss', async () => {
			const { text } = await check({ 'articles/beta.md': articleFile('The bri\u00ADdge will open on May 4, the mayor said.') });
			expect(text).toContain('The quote is not in the article.');
			expect(text).toContain('bri⟨U+00AD SOFT HYPHEN⟩dge');
			expect(text).toContain('U+00AD SOFT HYPHEN');
			const zw = await check({ 'articles/beta.md': articleFile('The bridge\u200B will open on May 4, the mayor said.') });
			expect(zw.text).toContain('U+200B ZERO WIDTH SPACE');
		});

		it('shortens a long quote around the first difference instead of printing it twice', async () => {
			const long = 'word '.repeat(80);
			const { text } = await check({
				'articles/beta.md': articleFile(`${long}The bridge will open on May 4, the mayor said. ${long}`),
				'events/bridge.yaml': event(claim('alpha', A, 'agrees') + claim('beta', `${long}The bridge will open on May 5, the mayor said. ${long}`, 'agrees')),
			});
			expect(text).toContain('The quote is not in the article.');
			expect(text).toContain('May 5');
			expect(text.length, 'the 800-character quote is not printed in full').toBeLessThan(1200);
			expect(text).toContain('…');
		});
	});

	describe('errors that help', () => {
		it('lists every problem of every file and kind at once', async () => {
			const broken = (field: string) => articleFile('Text.').replace('language: en', field);
			const { problems } = await check({
				'articles/one.md': broken('language: en\nautor: X'),
				'articles/two.md': broken('language: 7'),
				'articles/three.md': broken(''),
				'articles/four.md': broken('language: en\ndateline: "X"'),
				'events/bridge.yaml': event(claim('alpha', 'the bridge will open on May 9', 'agrees') + claim('beta', B, 'agrees')),
			});
			const files = problems.map((p) => p.file);
			for (const file of ['articles/one.md', 'articles/two.md', 'articles/three.md', 'articles/four.md', 'events/bridge.yaml']) expect(files).toContain(file);
		});

		it('reports a misspelt field with its path, line and the allowed fields', async () => {
			const { problems } = await check({ 'articles/alpha.md': articleFile('Ann Example said the bridge will open on May 4 after repairs.').replace('  precision: day', '  precison: day\n  precision: day') });
			expect(problems[0]).toMatchObject({ file: 'articles/alpha.md', line: 10, field: 'published.precison' });
			expect(problems[0]!.message).toContain('Unknown field `precison`');
			expect(problems[0]!.message).toContain('Allowed fields: `date`, `until`, `precision`, `basis`, `note`.');
		});

		it('reports bad YAML in the entities file once, with its line, and no false errors after it', async () => {
			const { problems } = await check({ 'entities.yaml': '- id: ann-example\n  name: "Ann Example\n  kind: person\n' });
			expect(problems).toHaveLength(1);
			expect(problems[0]).toMatchObject({ file: 'entities.yaml', field: '(YAML)' });
			expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
			expect(problems[0]!.message).toContain('not valid YAML');
		});

		it('refuses a file name that is not an id, and names the file', async () => {
			const { problems } = await check({ 'articles/Beta Copy.md': articleFile('Text.') });
			expect(problems).toHaveLength(1);
			expect(problems[0]!.message).toContain('found `Beta Copy`');
			expect(problems[0]!.message).toContain('rename the file to `beta-copy`');
		});

		it('shows an unquoted impossible date as written, not as the day YAML rolls it to', async () => {
			const { text } = await check({ 'articles/alpha.md': articleFile('Ann Example said the bridge will open on May 4 after repairs.').replace('date: "2024-02-08"', 'date: 2025-02-29') });
			expect(text).toContain('articles/alpha.md:9, published.date');
			expect(text).toContain('found 2025-02-29 without quotes');
			expect(text).not.toContain('2025-03-01');
		});

		it('refuses a missing content folder, and one without articles, naming the folder', async () => {
			const missing = await checkContent('/nonexistent/parallax-content');
			expect(formatProblems(missing.problems)).toContain('/nonexistent/parallax-content, (folder)');
			const root = writeContentSet({ 'entities.yaml': '[]\n' });
			mkdirSync(join(root, 'articles'));
			writeFileSync(join(root, 'articles', 'notes.txt'), 'not an article');
			const empty = await checkContent(root);
			expect(formatProblems(empty.problems)).toContain('Expected at least one article (`articles/<id>.md`), but found none');
		});
	});
});
