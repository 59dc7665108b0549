import type { ContextSource } from '../../schemas/context';
import { formatPartialDate } from './format-date';

const PRECISION = { 4: 'year', 7: 'month', 10: 'day' } as const;

/**
 * The label of an outside source, made from its fields: `TASS, 30 November 2023`
 * (the date at the precision it is written). Never written by hand, so it
 * cannot disagree with the piece's own date.
 */
export function contextSourceLabel(source: Pick<ContextSource, 'outlet' | 'date'>): string {
	const precision = PRECISION[source.date.length as 4 | 7 | 10] ?? 'day';
	return `${source.outlet}, ${formatPartialDate({ date: source.date, precision })}`;
}
