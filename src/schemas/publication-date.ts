import { z } from 'astro/zod';
import { checkPartialDate, partialDateShape } from './partial-date';
import { plain } from './plain-errors';

/** Whether the source itself gives the date, or an editor worked it out. */
export const DateBasisSchema = z.enum(['stated', 'inferred'], {
	error: plain('`stated` (the source gives it) or `inferred` (worked out by an editor; explain in `note`)'),
});

/** When a source was published, how precisely that is known, and on what basis. */
export const PublicationDateSchema = z
	.strictObject(
		{
			...partialDateShape,
			/** `stated` when the page gives the date, `inferred` when an editor worked it out. Required. */
			basis: DateBasisSchema,
			/** How the date is known: the line it comes from, or the reasoning behind an inference. Required when `basis` is `inferred`. */
			note: z.string({ error: plain('a sentence saying how the date is known') }).optional(),
		},
		{ error: plain('`date`, `precision` and `basis`', 'Allowed fields: `date`, `until`, `precision`, `basis`, `note`.') },
	)
	.superRefine((value, ctx) => {
		checkPartialDate(value, ctx);
		if (value.basis === 'inferred' && !value.note) {
			ctx.addIssue({
				code: 'custom',
				path: ['note'],
				message: 'An inferred date needs a `note` saying how it was inferred, so readers can judge it. Add `note`.',
			});
		}
	});

export type PublicationDate = z.output<typeof PublicationDateSchema>;
