import type { PartialDate } from '../../schemas/partial-date';

/**
 * `Date.UTC` for any year: `Date.UTC` itself reads years 0 to 99 as 1900 to
 * 1999, so year 1 would be drawn as 1901.
 */
export function utc(year: number, month: number, day: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month, day);
	return date.getTime();
}

/** The first and the day after the last day a partial date can mean, in UTC milliseconds. */
export function dateSpan(value: Pick<PartialDate, 'date' | 'until' | 'precision'>): [number, number] {
	const start = (date: string) => {
		const [y, m = '1', d = '1'] = date.split('-');
		return utc(Number(y), Number(m) - 1, Number(d));
	};
	const after = (date: string) => {
		const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
		if (m === undefined) return utc(y + 1, 0, 1);
		if (d === undefined) return utc(y, m, 1);
		return utc(y, m - 1, d + 1);
	};
	return [start(value.date), after(value.until ?? value.date)];
}

/** A horizontal scale from dates to x positions, with a tick at each month start. */
export interface TimeScale {
	x(ms: number): number;
	ticks: { x: number; label: string; year: boolean; yearAbove?: string }[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Maps the months that cover every span onto `[left, right]`. */
export function timeScale(spans: readonly [number, number][], left: number, right: number): TimeScale {
	const min = new Date(Math.min(...spans.map((s) => s[0])));
	const max = new Date(Math.max(...spans.map((s) => s[1])));
	const from = utc(min.getUTCFullYear(), min.getUTCMonth(), 1);
	const to = utc(max.getUTCFullYear(), max.getUTCMonth() + 1, 1);
	// A tick every month for up to four years, then only at years (every tenth year beyond fifty): the axis stays readable and small.
	const months = (max.getUTCFullYear() - min.getUTCFullYear()) * 12 + max.getUTCMonth() - min.getUTCMonth() + 1;
	const yearStep = months > 50 * 12 ? 10 : 1;
	const shown = (d: Date) => months <= 48 || (d.getUTCMonth() === 0 && d.getUTCFullYear() % yearStep === 0);
	const x = (ms: number) => left + ((ms - from) / (to - from)) * (right - left);
	const ticks: TimeScale['ticks'] = [];
	for (let d = new Date(from); d.getTime() < to; d.setUTCMonth(d.getUTCMonth() + 1)) {
		const month = d.getUTCMonth();
		// Every January shows its year; a first month that is not January carries its year above it, so the axis always says where it starts.
		const first = ticks.length === 0 && month !== 0;
		if (!shown(d)) continue;
		ticks.push({ x: x(d.getTime()), label: month === 0 ? String(d.getUTCFullYear()) : MONTHS[month]!, year: month === 0, ...(first ? { yearAbove: String(d.getUTCFullYear()) } : {}) });
	}
	return { x, ticks };
}

/** True when two partial dates can mean the same day: their spans share at least one day. */
export function datesOverlap(a: Pick<PartialDate, 'date' | 'until' | 'precision'>, b: Pick<PartialDate, 'date' | 'until' | 'precision'>): boolean {
	const [a0, a1] = dateSpan(a);
	const [b0, b1] = dateSpan(b);
	return a0 < b1 && b0 < a1;
}
