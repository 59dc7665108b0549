import { z } from 'astro/zod';
import { MAX_YEAR, MIN_YEAR } from '../lib/limits';
import { plain } from './plain-errors';

/** How much of a date is known. */
export const PrecisionSchema = z.enum(['day', 'month', 'year'], {
	error: plain('one of `day`, `month` or `year`'),
});

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when the string is a real calendar date in `YYYY`, `YYYY-MM` or `YYYY-MM-DD` form. */
export function isRealDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const [, y, mo, d] = m;
	if (mo === undefined) return true;
	const month = Number(mo);
	if (month < 1 || month > 12) return false;
	if (d === undefined) return true;
	const day = Number(d);
	const lastDay = new Date(0);
	// Not `Date.UTC`, which reads years 0 to 99 as 1900 to 1999.
	lastDay.setUTCFullYear(Number(y), month, 0);
	const daysInMonth = lastDay.getUTCDate();
	return day >= 1 && day <= daysInMonth;
}

/**
 * A calendar date as a quoted string. YAML turns an unquoted `2024-02-30` into
 * 1 March without a word, so only strings are accepted and checked here.
 */
export const IsoDateSchema = z
	.string({ error: plain('a date in quotes, such as `"2024-02-08"`', 'Quote the date so YAML keeps it as written.') })
	.refine(isRealDate, {
		error: (issue) =>
			`Expected a real date written \`YYYY-MM-DD\`, \`YYYY-MM\` or \`YYYY\`, but found ${JSON.stringify(issue.input)}, which is not a date on the calendar. Correct the day or month.`,
	})
	.refine((value) => !ISO_DATE.test(value) || (Number(value.slice(0, 4)) >= MIN_YEAR && Number(value.slice(0, 4)) <= MAX_YEAR), {
		error: (issue) =>
			`Expected a year from ${MIN_YEAR} to ${MAX_YEAR}, but found ${JSON.stringify(issue.input)}. A date outside them is almost always a typo (and a timeline across centuries is unreadable). Correct the year; the limits are listed in the README ("Limits").`,
	});

/** The digits a precision needs: day = 10 (YYYY-MM-DD), month = 7, year = 4. */
export const precisionLength = { day: 10, month: 7, year: 4 } as const;

/** The fields of a date that may be known only to the month, year or a range of days. */
export const partialDateShape = {
	/** The date, or the first possible date of a range: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Required. */
	date: IsoDateSchema,
	/** The last possible date when only a range is known (for example `2025-04-17`). Optional. */
	until: IsoDateSchema.optional(),
	/** How much of `date` is known: `day`, `month` or `year`. Required. */
	precision: PrecisionSchema,
};

/** Checks that `date` is written with its `precision` and that a range runs forwards. */
export function checkPartialDate(
	value: { date: string; until?: string | undefined; precision: keyof typeof precisionLength },
	ctx: z.RefinementCtx,
): void {
	const length = precisionLength[value.precision];
	if (value.date.length !== length) {
		ctx.addIssue({
			code: 'custom',
			path: ['precision'],
			message: `Expected \`date\` to be written with ${value.precision} precision (${'YYYY-MM-DD'.slice(0, length)}), but found ${JSON.stringify(value.date)}. Make \`date\` and \`precision\` agree.`,
		});
	}
	if (value.until !== undefined && value.until < value.date) {
		ctx.addIssue({
			code: 'custom',
			path: ['until'],
			message: `Expected \`until\` to be on or after \`date\` (${value.date}), but found ${value.until}. Swap them or remove \`until\`.`,
		});
	}
}

/** A date with its precision, such as when an event happened. */
export const PartialDateSchema = z
	.strictObject(partialDateShape, { error: plain('`date` and `precision`', 'Allowed fields: `date`, `until`, `precision`.') })
	.superRefine(checkPartialDate);

export type PartialDate = z.output<typeof PartialDateSchema>;
