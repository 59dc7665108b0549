import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/lib/display/format-date';
import { IsoDateSchema, isRealDate, PartialDateSchema } from '../../src/schemas/partial-date';

describe('isRealDate', () => {
	it('accepts real dates at each precision', () => {
		for (const value of ['2024', '2024-02', '2024-02-29', '2025-12-31']) expect(isRealDate(value), value).toBe(true);
	});
	it('refuses impossible and malformed dates', () => {
		for (const value of ['2025-02-29', '2024-02-30', '2024-13', '2024-00-10', '2024-2-8', '24-02-08', '2024-02-08T00:00', '']) expect(isRealDate(value), value).toBe(false);
	});
});

describe('IsoDateSchema', () => {
	it('explains a YAML date that was not quoted', () => {
		const result = IsoDateSchema.safeParse(new Date('2024-02-08'));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toMatchInlineSnapshot(`"Expected a date in quotes, such as \`"2024-02-08"\`, but found a YAML date (2024-02-08). Quote the date so YAML keeps it as written."`);
	});
	it('names an impossible date', () => {
		const result = IsoDateSchema.safeParse('2024-02-30');
		expect(result.error?.issues[0]?.message).toContain('"2024-02-30", which is not a date on the calendar');
	});
});

describe('partial dates', () => {
	it('requires the date to be written at its precision', () => {
		const result = PartialDateSchema.safeParse({ date: '2025-04', precision: 'day' });
		expect(result.error?.issues[0]?.path).toEqual(['precision']);
		expect(result.error?.issues[0]?.message).toContain('with day precision (YYYY-MM-DD), but found "2025-04"');
	});
	it('refuses a range that runs backwards', () => {
		const result = PartialDateSchema.safeParse({ date: '2025-04-17', until: '2025-04-16', precision: 'day' });
		expect(result.error?.issues[0]?.path).toEqual(['until']);
	});
	it('formats each precision and ranges as people write them', () => {
		expect(formatPartialDate({ date: '2024-02-08', precision: 'day' })).toBe('8 February 2024');
		expect(formatPartialDate({ date: '2025-04', precision: 'month' })).toBe('April 2025');
		expect(formatPartialDate({ date: '2025', precision: 'year' })).toBe('2025');
		expect(formatPartialDate({ date: '2025-04-16', until: '2025-04-17', precision: 'day' })).toBe('16–17 April 2025');
		expect(formatPartialDate({ date: '2023-11-30', until: '2023-12-01', precision: 'day' })).toBe('30 November 2023 – 1 December 2023');
	});
});
