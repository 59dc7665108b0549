import { describe, expect, it } from 'vitest';
import { anchorText } from '../../src/lib/anchoring/text-quote';
import { type ClaimInput, claimYaml, draftClaim } from '../../src/lib/capture/claim-draft';
import { suggestSays } from '../../src/lib/capture/says-date';
import { defaultClaimId } from '../../src/lib/corpus/resolve-claims';
import { ClaimSchema } from '../../src/schemas/claim';
import { parse } from 'yaml';

const blocks = [
	'KESTREL BAY, February 10. /Northwind/. The port authority said on Monday that it had reopened the channel. Ships began to move at noon.',
	'"The channel is clear," he said. The inquiry will report in May.',
	'The channel is clear. The channel is clear, a pilot said later.',
];
const input = (words: string, extra: Partial<ClaimInput> = {}): ClaimInput => ({ articleId: 'northwind-2025-02-10', language: 'en', published: { date: '2025-02-10', precision: 'day' }, blocks, words, ...extra });
const draft = (words: string, extra: Partial<ClaimInput> = {}) => {
	const result = draftClaim(input(words, extra));
	if ('problem' in result) throw new Error(result.problem);
	return result.draft;
};

describe('draftClaim (npm run claim and the dev picker)', () => {
	it('widens a few words to the whole sentence, exactly as the article has it', () => {
		const d = draft('reopened the channel');
		expect(d.quote).toBe('The port authority said on Monday that it had reopened the channel.');
		expect(d.block).toBe(1);
		expect(d.prefix).toBeUndefined();
		expect(d.suffix).toBeUndefined();
	});

	it('finds words typed with straight quotes in a text set with curly ones, and quotes the text', () => {
		const d = draft('channel is clear,” he', { blocks: ['“The channel is clear,” he said.'] });
		expect(d.quote).toBe('“The channel is clear,” he said.');
	});

	it('adds the shortest prefix or suffix that makes a repeated sentence unique, and it anchors there', () => {
		const d = draft('The channel is clear. The');
		expect(d).toMatchObject({ quote: 'The channel is clear. The channel is clear, a pilot said later.' });
		const twice = ['The channel is clear. Boats moved at dawn.', 'Boats waited. The channel is clear. Boats moved.'];
		expect(draftClaim(input('The channel is clear', { blocks: twice }))).toEqual({ problem: expect.stringContaining('`--paragraph <n>`') });
		const second = draft('The channel is clear', { blocks: twice, block: 2 });
		expect(second).toMatchObject({ quote: 'The channel is clear.', prefix: 'waited.' });
		const first = draft('The channel is clear', { blocks: twice, block: 1 });
		expect(first).toMatchObject({ quote: 'The channel is clear.', suffix: 'Boats moved at' });
		for (const d of [first, second]) {
			const anchored = anchorText(twice.join('\n'), [{ key: 'k', exact: d.quote, prefix: d.prefix, suffix: d.suffix }]);
			expect(anchored.problems).toEqual([]);
			expect(anchored.quotes[0]!.start).toBe(d.block === 1 ? 0 : twice[0]!.length + 1 + 'Boats waited. '.length);
		}
	});

	it('asks for more words when they are in several sentences, and says where', () => {
		const result = draftClaim(input('channel'));
		expect(result).toEqual({ problem: expect.stringContaining('are in 4 sentences') });
	});

	it('says plainly when the words are not in the article, or run across paragraphs', () => {
		expect(draftClaim(input('the bridge'))).toEqual({ problem: expect.stringContaining('are not in the article `northwind-2025-02-10`') });
		expect(draftClaim(input('at noon. "The channel'))).toEqual({ problem: expect.stringContaining('run across two paragraphs') });
	});

	it('gives the project\'s default id, unique in the article', () => {
		const d = draft('reopened the channel', { eventId: 'channel-reopens' });
		expect(d.id).toBe(defaultClaimId('channel-reopens', d.quote));
		expect(draft('reopened the channel', { eventId: 'channel-reopens', takenIds: new Set([d.id]) }).id).toBe(`${d.id}-2`);
	});

	it('prints YAML that reads back as the claim, with speaker and relation left for the editor', () => {
		const d = draft('reopened the channel', { eventId: 'channel-reopens' });
		const yaml = claimYaml(d);
		const [claim] = parse(yaml) as Record<string, unknown>[];
		expect(claim).toMatchObject({ id: d.id, article: 'northwind-2025-02-10', quote: d.quote, speaker: '?', relation: '?', says: { date: '2025-02-10', precision: 'day' } });
		expect(yaml).toContain('# suggested from "on Monday"');
		// The placeholders do not pass the schema: the build asks for them.
		expect(ClaimSchema.safeParse(claim).success).toBe(false);
		expect(ClaimSchema.safeParse({ ...claim!, speaker: 'narration', relation: 'adds' }).success).toBe(true);
	});
});

describe('suggestSays', () => {
	const day = (date: string) => ({ date, precision: 'day' });
	it('counts a weekday back from the article\'s date, in English, Portuguese and Russian', () => {
		// 17 April 2025 was a Thursday.
		expect(suggestSays('Putin on Wednesday met', 'en', day('2025-04-17'))).toMatchObject({ date: '2025-04-16', precision: 'day', words: 'on Wednesday' });
		expect(suggestSays('It happened earlier on Monday.', 'en', day('2025-04-17'))).toMatchObject({ date: '2025-04-14' });
		expect(suggestSays('O mercado reabriu no domingo, depois', 'pt-BR', day('2025-04-17'))).toMatchObject({ date: '2025-04-13' });
		expect(suggestSays('Губернатор в среду посетил больницу', 'ru', day('2025-04-17'))).toMatchObject({ date: '2025-04-16' });
	});
	it('takes the day itself when the article appeared on that weekday', () => {
		expect(suggestSays('on Thursday', 'en', day('2025-04-17'))).toMatchObject({ date: '2025-04-17' });
	});
	it('reads a date without a year in the year nearest the article', () => {
		expect(suggestSays('who was freed on November 24 as a gesture', 'en', day('2024-02-08'))).toMatchObject({ date: '2023-11-24', precision: 'day' });
	});
	it('gives a month, and nothing where the quote dates nothing or the language is not covered', () => {
		expect(suggestSays('during the pause in November 2023', 'en', day('2025-02-10'))).toMatchObject({ date: '2023-11', precision: 'month' });
		expect(suggestSays('The channel is clear.', 'en', day('2025-02-10'))).toBeUndefined();
		expect(suggestSays('افتتحت البلدية يوم الأحد جسراً', 'ar', day('2025-06-02'))).toBeUndefined();
	});
	it('suggests no weekday when the article\'s date is not known to the day', () => {
		expect(suggestSays('on Wednesday', 'en', { date: '2025-04', precision: 'month' })).toBeUndefined();
	});
});

describe('suggestSays: what is no date of the event', () => {
	const day = (date: string) => ({ date, precision: 'day' });
	it('skips a weekday that names a thing ("Tuesday\'s storm") and a vague phrase after the article\'s date', () => {
		expect(suggestSays("The first ferry since Tuesday's storm left at 6.10 on Friday morning.", 'en', day('2025-03-14'))).toMatchObject({ date: '2025-03-14', words: 'at 6.10 on Friday' });
		expect(suggestSays('We are running a reduced timetable until the repair is done, probably by the end of the month.', 'en', day('2025-03-14'))).toBeUndefined();
	});
	it('names the other days a quote gives', () => {
		expect(suggestSays('The storm hit on Tuesday and the ferry left on Friday.', 'en', day('2025-03-14'))!.how).toContain('the quote also names "on Friday" (2025-03-14)');
	});
});
