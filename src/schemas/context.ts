import { z } from 'astro/zod';
import { IsoDateSchema } from './partial-date';
import { plain } from './plain-errors';

/**
 * An outside source: a piece of reporting outside the comparison. Its label
 * (`TASS, 30 November 2023`) is made from `outlet` and `date`, never written by
 * hand, so a label cannot give another day than the piece it names.
 */
export const ContextSourceSchema = z.strictObject(
	{
		/** The outlet that published the piece, such as `TASS`. Required. */
		outlet: z.string({ error: plain('the outlet\'s name, such as `TASS`') }).min(1, { error: 'The outlet\'s name is empty.' }),
		/** The piece's own date (its dateline or publication date), in quotes: `"2023-11-30"`, `"2025-02"` or `"2025"`. Required. */
		date: IsoDateSchema,
		/** The piece's headline, when it has one. Optional. */
		title: z.string({ error: plain('the piece\'s headline') }).min(1).optional(),
		/** Its address. Required. */
		url: z.url({ protocol: /^https?$/, error: plain('the source\'s address, starting with `https://`') }),
	},
	{ error: plain('a source with `outlet`, `date` and `url`', 'Allowed fields: `outlet`, `date`, `title`, `url`.') },
);

export type ContextSource = z.output<typeof ContextSourceSchema>;

const contextShape = {
	/** The context note: what the outside sources say, and nothing more. Required. */
	note: z.string({ error: plain('the context note') }).min(1, { error: 'The context note is empty.' }),
	/** The outside sources it relies on. Required: at least one, each with a URL. */
	sources: z.array(ContextSourceSchema, { error: plain('a list of sources, each with `outlet`, `date` and `url`') }).min(1, { error: 'A context note needs at least one source with a URL: add `sources: [{ outlet: …, date: "YYYY-MM-DD", url: https://… }]`.' }),
};

/**
 * What outside reporting says about a discrepancy. It says only what its
 * sources say, and names at least one of them with a URL.
 */
export const ContextSchema = z.strictObject(contextShape, {
	error: plain('a context with `note` and `sources`', 'Allowed fields: `note`, `sources`.'),
});

export type Context = z.output<typeof ContextSchema>;

/**
 * What outside reporting does to one claim. The values are the labels of
 * claim verification (FEVER: Thorne et al., 2018): the outside evidence
 * `supports` the claim, `refutes` it, or gives `not-enough-info` to settle it
 * (background that neither confirms nor contradicts). A claim with no
 * `context` has not been checked against outside reporting.
 */
export const FindingSchema = z.enum(['supports', 'refutes', 'not-enough-info'], {
	error: plain('one of `supports`, `refutes` or `not-enough-info`'),
});
export type Finding = z.output<typeof FindingSchema>;

/** What an outside source and a claim can differ on (the kinds EDITORIAL.md names for discrepancies). */
export const DifferenceKindSchema = z.enum(['date', 'name', 'count', 'actor', 'place', 'other'], {
	error: plain('one of `date`, `name`, `count`, `actor`, `place` or `other`'),
});
export type DifferenceKind = z.output<typeof DifferenceKindSchema>;

/**
 * What outside reporting says about one claim: the note and sources of any
 * context, plus `finding` (required) and, when it `refutes` the claim,
 * `differsOn` (required then, refused otherwise).
 */
export const ClaimContextSchema = z
	.strictObject(
		{
			...contextShape,
			/** What the outside reporting does to the claim: `supports`, `refutes` or `not-enough-info`. Required. */
			finding: FindingSchema,
			/** When `finding` is `refutes`: what the claim and the outside reporting differ on, such as `[date]`. Required then; refused otherwise. */
			differsOn: z.array(DifferenceKindSchema, { error: plain('a list such as `[date]` or `[name, count]`') }).min(1).optional(),
		},
		{ error: plain('a context with `finding`, `note` and `sources`', 'Allowed fields: `finding`, `differsOn`, `note`, `sources`.') },
	)
	.superRefine((value, ctx) => {
		if (value.finding === 'refutes' && !value.differsOn) {
			ctx.addIssue({ code: 'custom', path: ['differsOn'], message: 'The context `refutes` the claim but does not say on what: add `differsOn`, such as `[date]`, `[name]`, `[count]`, `[actor]` or `[place]`.' });
		}
		if (value.finding !== 'refutes' && value.differsOn) {
			ctx.addIssue({ code: 'custom', path: ['differsOn'], message: `\`differsOn\` is only for a context that \`refutes\` the claim, but the finding is \`${value.finding}\`. Remove \`differsOn\`, or change \`finding\` to \`refutes\`.` });
		}
	});

export type ClaimContext = z.output<typeof ClaimContextSchema>;
