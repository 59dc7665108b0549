import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content';
import { anchorText } from '../../src/lib/anchoring/text-quote';
import { handoffFor } from '../../src/lib/corpus/render-corpus';

const root = join(import.meta.dirname, '../fixtures/content/unicode-equivalence');
const body = (id: string) => readFileSync(join(root, 'articles', `${id}.md`), 'utf8').split(/^---$/m).slice(2).join('---').trim();
const marks = (html: string) => [...html.matchAll(/<mark[^>]*>([\s\S]*?)<\/mark>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('canonically equivalent text matches everywhere', async () => {
	const { problems } = await checkContent(root);
	const rendered = handoffFor(resolve(root), '/')?.rendered;

	it('anchors every claim: NFC quotes in NFD text, е for ё, and Chinese and Japanese quotes on word boundaries', () => {
		expect(problems).toEqual([]);
		expect(rendered).toBeDefined();
	});

	it('highlights the source\'s own code points, never the quote\'s', () => {
		const diario = marks(rendered!.html.get('diario-2024-06-12')!).join('');
		expect(diario).toBe('José Martínez, habló en el café del puerto'.normalize('NFD'));
		expect(diario).toContain('e\u0301');
		expect(marks(rendered!.html.get('vestnik-2024-06-12')!).join('')).toBe('Её пригласили в порт, сказал Пётр Ершов');
	});

	it('marks names as whole words whatever the script, as the source writes them', () => {
		const names = (id: string) => Object.fromEntries(rendered!.names.get(id)!.map((n) => [n.entityId, n.written]));
		expect(names('diario-2024-06-12')).toEqual({ 'jose-martinez': ['José Martínez'.normalize('NFD'), 'Martínez'.normalize('NFD')] });
		expect(names('vestnik-2024-06-12')).toEqual({ 'pyotr-yershov': ['Пётр Ершов', 'Пётр'] });
		expect(names('xinwen-2024-06-12')).toEqual({ putin: ['普京'], moscow: ['莫斯科'] });
		expect(names('shimbun-2024-06-12')).toEqual({ putin: ['プーチン'], moscow: ['モスクワ'] });
	});

	it('never ends a quote inside a grapheme cluster or a word of a script without spaces', () => {
		const hindi = anchorText(body('samachar-2024-06-12'), [{ key: 'q', exact: 'नई किताब' }], [], { language: 'hi' });
		expect(hindi.problems[0]?.kind).toBe('partial-word');
		expect(hindi.problems[0]?.message).toContain('"नई किताबें"');
		const chinese = anchorText(body('xinwen-2024-06-12'), [{ key: 'q', exact: '斯总统普京' }], [], { language: 'zh' });
		expect(chinese.problems[0]?.kind).toBe('partial-word');
		const family = 'The family 👩\u200d👩\u200d👧 came.';
		expect(anchorText(family, [{ key: 'q', exact: 'The family 👩\u200d👩' }], [], { language: 'en' }).problems[0]?.kind).toBe('partial-word');
	});

	it('suggests context in words of the language when a quote in Chinese occurs twice', () => {
		const { problems: twice } = anchorText(body('xinwen-2024-06-12'), [{ key: 'q', exact: '普京' }], [], { language: 'zh' });
		expect(twice[0]?.kind).toBe('ambiguous');
		expect(twice[0]?.message).toContain('`prefix: "总统"`');
	});

	it('names only the words that really differ when a quote is not found in decomposed text', () => {
		const { problems: missing } = anchorText(body('diario-2024-06-12'), [{ key: 'q', exact: 'José Martínez, habló en la plaza del puerto' }], [], { language: 'es' });
		expect(missing[0]?.kind).toBe('not-found');
		expect(missing[0]?.message).toContain('Words of the quote not in that passage: `la`, `plaza`.');
	});
});
