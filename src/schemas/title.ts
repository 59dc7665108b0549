import { z } from 'astro/zod';
import { plain } from './plain-errors';

/** How a headline is known. */
export const TitleBasisSchema = z.enum(['stated', 'inferred-from-url', 'truncated', 'unknown'], {
	error: plain('one of `stated`, `inferred-from-url`, `truncated` or `unknown`'),
});

/** A source's headline and how it is known; never shown as stated unless it is. */
export const TitleSchema = z
	.strictObject(
		{
			/** The headline as printed, or as read from the URL slug. Required unless `basis` is `unknown`. */
			text: z.string({ error: plain('the headline as text') }).min(1, { error: 'The headline is empty: write it, or remove `text` and set `basis: unknown`.' }).optional(),
			/** `stated` (printed in the source), `inferred-from-url` (the slug), `truncated` (cut off in the source) or `unknown`. Required. */
			basis: TitleBasisSchema,
			/** Where the headline comes from, or why there is none. Optional. */
			note: z.string({ error: plain('a sentence') }).optional(),
		},
		{ error: plain('`basis` and, unless it is `unknown`, `text`', 'Allowed fields: `text`, `basis`, `note`.') },
	)
	.superRefine((value, ctx) => {
		if (value.basis !== 'unknown' && value.text === undefined) {
			ctx.addIssue({ code: 'custom', path: ['text'], message: `A title with \`basis: ${value.basis}\` needs its \`text\`. Add \`text\`, or set \`basis: unknown\`.` });
		}
		if (value.basis === 'unknown' && value.text !== undefined) {
			ctx.addIssue({ code: 'custom', path: ['basis'], message: 'A title with `text` cannot have `basis: unknown`. Say how the headline is known: `stated`, `inferred-from-url` or `truncated`.' });
		}
	});

export type Title = z.output<typeof TitleSchema>;
