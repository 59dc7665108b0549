import { describe, expect, it } from 'vitest';
import { eventDates } from '../../src/lib/display/event-dates';
import type { ResolvedClaim } from '../../src/lib/corpus/resolve-claims';

const claim = (article: string, extra: Partial<ResolvedClaim> = {}): ResolvedClaim => ({
	article,
	id: 'c',
	ref: `${article}#c`,
	eventId: 'ev',
	file: 'ev.yaml',
	field: 'claims[0]',
	quote: 'q',
	speaker: 'narration',
	relation: 'agrees',
	...extra,
});
const outlet = (id: string) => id.toUpperCase();
const event = (when: Record<string, string>) => ({ data: { when: { precision: 'day', ...when } as never } });

describe('eventDates', () => {
	it('gives both dates with the source of each when outside reporting contradicts a source\'s date', () => {
		const dates = eventDates(event({ date: '2023-11-26', note: 'From the wire.' }), [
			claim('north', { says: { date: '2023-11-24', precision: 'day' }, context: { finding: 'refutes', differsOn: ['date'], note: 'n', sources: [{ outlet: 'Wire', date: '2023-11-26', url: 'https://example.org/w' }] } }),
			claim('south', { says: { date: '2023-11', precision: 'month' } }),
			claim('east', { says: { date: '2023-11-26', precision: 'day' } }),
		], outlet);
		expect(dates.said.map((s) => [s.outlet, s.differs, s.line])).toEqual([
			['NORTH', true, 'NORTH gives 24 November 2023; other reporting gives 26 November 2023 (Wire, 26 November 2023).'],
			['SOUTH', false, "SOUTH gives November 2023; that includes the event's date, 26 November 2023."],
		]);
	});

	it('names the event\'s own note when no outside source contradicts the date', () => {
		const [said] = eventDates(event({ date: '2023-11-26', note: 'From the wire.' }), [claim('north', { says: { date: '2023-12-02', precision: 'day' } })], outlet).said;
		expect(said!.line).toBe("NORTH gives 2 December 2023; the event's date is 26 November 2023 (From the wire).");
	});

	it('puts each occasion on its own date instead of one range, and leaves them out of the other dates', () => {
		const dates = eventDates(event({ date: '2024-02-04', until: '2025-02-10' }), [
			claim('north', { relation: 'other-occasion', occasion: 'Interview, 2024', says: { date: '2024-02-05', precision: 'day' } }),
			claim('south', { relation: 'other-occasion', occasion: 'Remark, 2025' }),
		], outlet);
		expect(dates.occasions).toEqual([
			{ label: 'Interview, 2024', span: [Date.UTC(2024, 1, 5), Date.UTC(2024, 1, 6)], date: '5 February 2024', outlets: ['NORTH'] },
			{ label: 'Remark, 2025', span: undefined, date: undefined, outlets: ['SOUTH'] },
		]);
		expect(dates.said).toEqual([]);
		// One occasion is no split: its claims' dates are ordinary dates a source gives.
		expect(eventDates(event({ date: '2024-02-04' }), [claim('north', { occasion: 'Interview', says: { date: '2024-02-05', precision: 'day' } })], outlet).occasions).toEqual([]);
	});
});
