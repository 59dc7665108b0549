import { z } from 'astro/zod';
import { ContextSchema } from './context';
import { plain } from './plain-errors';

/** A claim reference: `<article-id>#<claim-id>`, the same anchor a reader cites. */
export const ClaimRefSchema = z.string({ error: plain('a claim reference such as `tass-2025-02-10#krivoi-release`') }).regex(/^[a-z0-9-]+#[a-z0-9-]+$/, {
	error: (issue) => `Expected a claim reference \`<article-id>#<claim-id>\`, such as \`tass-2025-02-10#krivoi-release\`, but found ${JSON.stringify(issue.input)}.`,
});

/** Where the sources differ about an event, and what other reporting says. */
export const DiscrepancySchema = z.strictObject(
	{
		/** What differs, in a few words, such as `date of release`. Required. */
		about: z.string({ error: plain('a few words on what differs') }),
		/** The claims that differ, as `<article-id>#<claim-id>`. Required: at least one. */
		claims: z.array(ClaimRefSchema, { error: plain('a list of claim references') }).min(1, { error: 'List at least one claim reference.' }),
		/** A neutral account of the difference. Required. */
		description: z.string({ error: plain('a sentence describing the difference') }),
		/** What other reporting says, with its sources. Optional. */
		context: ContextSchema.optional(),
	},
	{ error: plain('a discrepancy with `about`, `claims` and `description`', 'Allowed fields: `about`, `claims`, `description`, `context`.') },
);

export type Discrepancy = z.output<typeof DiscrepancySchema>;
