import type { PartialDate } from '../../schemas/partial-date';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(date: string): { year: string; month?: string; day?: number } {
	const [year = '', month, day] = date.split('-');
	return { year, month: month ? MONTHS[Number(month) - 1] : undefined, day: day ? Number(day) : undefined };
}

/**
 * A date as people write it, at the precision it is known: `8 February 2024`,
 * `April 2025`, `2025`, or a range such as `16–17 April 2025`.
 */
export function formatPartialDate(value: Pick<PartialDate, 'date' | 'until' | 'precision'>): string {
	const from = parts(value.date);
	const single = [from.day, from.month, from.year].filter((x) => x !== undefined).join(' ');
	if (!value.until || value.until === value.date) return single;
	const to = parts(value.until);
	if (from.year === to.year && from.month === to.month && from.day !== undefined) {
		return `${from.day}–${to.day} ${from.month} ${from.year}`;
	}
	return `${single} – ${[to.day, to.month, to.year].filter((x) => x !== undefined).join(' ')}`;
}
