import { describe, expect, it } from 'vitest';
import { fragmentOf, matchDirective, parseFragment, textBlocks, textDirectiveFor } from '../../src/lib/citing/text-fragment';

const TEXT = [
	'The ferry will run again in May. The mayor was pleased.',
	'Later the mayor repeated it. The ferry will run again in May.',
	'THE FERRY WILL RUN on weekdays, the office said, and a new timetable with earlier and later boats will follow in the summer once the crews are trained, the harbour master has signed the plans, the council has voted on the fares for pensioners and students, and the new landing stage on the north side of the river, which was damaged in the winter storms, has been repaired and inspected.',
].join('\n');
const at = (needle: string, from = 0) => [TEXT.indexOf(needle, from), TEXT.indexOf(needle, from) + needle.length] as const;
const lands = (start: number, end: number) => {
	const { directive, unique } = textDirectiveFor(TEXT, start, end, 'en');
	expect(unique).toBe(true);
	// What a browser does with the link: parse it, take the first match.
	expect(matchDirective(textBlocks(TEXT, 'en'), parseFragment(fragmentOf(directive)))[0]).toEqual([start, end]);
	return directive;
};

describe('Text Fragments that land', () => {
	it('carries no context for a passage whose first match is itself', () => {
		expect(lands(...at('The mayor was pleased.'))).toEqual({ textStart: 'The mayor was pleased.' });
	});

	it('adds the fewest words of context when the passage occurs earlier', () => {
		const [start, end] = at('The ferry will run again in May.', 10);
		expect(lands(start, end)).toEqual({ textStart: 'The ferry will run again in May.', prefix: 'it.' });
	});

	it('matches case- and accent-insensitively, as browsers do, so a lookalike in capitals needs context too', () => {
		const blocks = textBlocks('Café OPEN.\nThe cafe open.', 'en');
		expect(matchDirective(blocks, { textStart: 'cafe open' })).toEqual([[0, 9], [15, 24]]);
		expect(matchDirective(blocks, { textStart: 'caf' }), 'only on word boundaries').toEqual([]);
	});

	it('uses textStart,textEnd for a passage that crosses paragraphs or is long, each term inside one paragraph', () => {
		const [start] = at('The mayor was pleased.');
		const [, end] = at('Later the mayor repeated it.');
		const across = lands(start, end);
		expect(across.textEnd).toBeDefined();
		expect(across.textStart).not.toContain('\n');
		const long = at('THE FERRY WILL RUN on weekdays');
		expect(TEXT.length - long[0]).toBeGreaterThan(300);
		const directive = lands(long[0], TEXT.length);
		expect(directive.textEnd).toBeDefined();
	});

	it('takes context from the paragraph before when a repeated paragraph starts with the passage', () => {
		const text = 'The bridge will open in June.\nThe mayor spoke.\nThe bridge will open in June.';
		const start = text.lastIndexOf('The bridge');
		const { directive, unique } = textDirectiveFor(text, start, text.length, 'en');
		expect(unique).toBe(true);
		expect(directive.prefix).toBe('spoke.');
	});

	it('encodes the syntax characters of a directive and parses it back', () => {
		const directive = { prefix: 'a-b,', textStart: 'x & y', textEnd: 'z', suffix: '-end' };
		expect(fragmentOf(directive)).toBe('#:~:text=a%2Db%2C-,x%20%26%20y,z,-%2Dend');
		expect(parseFragment(fragmentOf(directive))).toEqual(directive);
	});
});
