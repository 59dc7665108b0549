import { describe, expect, it } from 'vitest';
import { fragmentOf, matchDirective, parseFragment, passageFragment, textBlocks, textDirectiveFor } from '../../src/lib/citing/text-fragment';
import { addCiteFragments } from '../../src/lib/citing/cite-fragments';
import type { Root } from 'hast';

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

describe('a claim whose fragment is its own passage', () => {
	const text = 'The ferry ran. The ferry ran again, late.\nA second paragraph.';
	const tree = (): Root => ({
		type: 'root',
		children: [
			{ type: 'element', tagName: 'p', properties: { id: 'p1' }, children: [
				{ type: 'element', tagName: 'mark', properties: { id: 'whole' }, children: [{ type: 'text', value: 'The ferry ran again, late.' }] },
				{ type: 'element', tagName: 'mark', properties: { id: 'twice' }, children: [{ type: 'text', value: 'The ferry ran' }] },
			] },
			{ type: 'element', tagName: 'p', properties: { id: 'p2' }, children: [{ type: 'text', value: 'A second paragraph.' }] },
		],
	});

	it('carries no data-cite-fragment, and the script\'s passageFragment gives the one the build would have', () => {
		const root = tree();
		const claims = new Map([['whole', { start: 15, end: 41 }], ['twice', { start: 15, end: 28 }]]);
		addCiteFragments(root, text, 'en', [{ n: 1, text: text.slice(0, 41) }, { n: 2, text: 'A second paragraph.' }], claims);
		const [p1, p2] = root.children as import('hast').Element[];
		const [whole, twice] = p1!.children as import('hast').Element[];
		expect(whole!.properties.dataCiteFragment).toBeUndefined();
		expect(passageFragment('The ferry ran again, late.')).toBe(fragmentOf(textDirectiveFor(text, 15, 41, 'en').directive));
		// This "The ferry ran" is the second, so its fragment needs context and stays on the page.
		expect(twice!.properties.dataCiteFragment).toBe(fragmentOf(textDirectiveFor(text, 15, 28, 'en').directive));
		expect(twice!.properties.dataCiteFragment).not.toBe(passageFragment('The ferry ran'));
		// Paragraphs always carry theirs: the script has no rule for them.
		expect(p1!.properties.dataCiteFragment).toBeDefined();
		expect(p2!.properties.dataCiteFragment).toBe('#:~:text=A%20second%20paragraph.');
	});

	it('collapses whitespace as a reader\'s copy of the mark does', () => {
		expect(passageFragment(' two\n words ')).toBe('#:~:text=two%20words');
	});
});
