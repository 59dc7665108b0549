import { describe, expect, it } from 'vitest';
import { dateSpan, timeScale } from '../../src/lib/display/timeline';

describe('dateSpan', () => {
	it('covers the whole day, month or year a partial date means', () => {
		expect(dateSpan({ date: '2023-11-26', precision: 'day' })).toEqual([Date.UTC(2023, 10, 26), Date.UTC(2023, 10, 27)]);
		expect(dateSpan({ date: '2023-11', precision: 'month' })).toEqual([Date.UTC(2023, 10, 1), Date.UTC(2023, 11, 1)]);
		expect(dateSpan({ date: '2025', precision: 'year' })).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)]);
		expect(dateSpan({ date: '2025-04-16', until: '2025-04-17', precision: 'day' })).toEqual([Date.UTC(2025, 3, 16), Date.UTC(2025, 3, 18)]);
	});
});

describe('timeScale', () => {
	it('spans whole months and puts a tick at each, with years marked', () => {
		const scale = timeScale([dateSpan({ date: '2023-11-26', precision: 'day' }), dateSpan({ date: '2024-01-10', precision: 'day' })], 100, 400);
		// The first month says its year; the range's end is not a tick whose label would be cut off.
		expect(scale.ticks.map((t) => t.label)).toEqual(['Nov', 'Dec', '2024']);
		expect(scale.ticks[0]!.yearAbove).toBe('2023');
		expect(scale.x(Date.UTC(2023, 10, 1))).toBe(100);
		expect(scale.x(Date.UTC(2024, 1, 1))).toBe(400);
		expect(scale.ticks[2]!.year).toBe(true);
	});
});
