import { z } from 'astro/zod';
import { plain } from './plain-errors';

/** What kind of page furniture was taken out of a source's text. */
export const FurnitureKindSchema = z.enum(['metadata', 'subhead', 'related-links', 'caption', 'byline', 'other'], {
	error: plain('one of `metadata`, `subhead`, `related-links`, `caption`, `byline` or `other`'),
});

/** One piece of page furniture removed from the body, kept here verbatim so the edit stays visible. */
export const RemovedFurnitureSchema = z.strictObject(
	{
		/** The removed text, verbatim (line breaks as `\n`). Required. */
		text: z.string({ error: plain('the removed text, verbatim') }).min(1, { error: 'The removed text is empty: copy it in verbatim.' }),
		/** What it was: `metadata`, `subhead`, `related-links`, `caption`, `byline` or `other`. Required. */
		kind: FurnitureKindSchema,
		/** Where it stood, in words, such as `after paragraph 3`. Required. */
		position: z.string({ error: plain('where it stood, such as `after paragraph 3`') }),
		/** Why it is not article text. Required. */
		reason: z.string({ error: plain('one sentence on why it is not article text') }),
	},
	{ error: plain('`text`, `kind`, `position` and `reason`', 'Allowed fields: `text`, `kind`, `position`, `reason`.') },
);

export type RemovedFurniture = z.output<typeof RemovedFurnitureSchema>;
