import { z } from 'astro/zod';
import { ClaimContextSchema } from './context';
import { PartialDateSchema } from './partial-date';
import { plain } from './plain-errors';
import { SlugSchema } from './slug';

/** How a claim stands to the other sources' claims about the same event. */
export const RelationSchema = z.enum(['agrees', 'adds', 'differs', 'other-occasion'], {
	error: plain('one of `agrees`, `adds`, `differs` or `other-occasion`'),
});

/** The word a claim's speaker takes when it is the outlet's own voice. */
export const NARRATION = 'narration';

/**
 * What one source says about an event: a W3C Web Annotation TextQuoteSelector
 * (`quote`, `prefix`, `suffix`) into the article, plus who says it and how it
 * relates to the other sources.
 */
export const ClaimSchema = z.strictObject(
	{
		/** The claim's anchor on the article page. Set it once and never change it: citations point at it. Defaults to `<event-id>-<first words of the quote>`, which no other claim's edit can change. */
		id: SlugSchema.optional(),
		/** The id of the article the quote is in, such as `tass-2025-02-10`. Required. */
		article: SlugSchema,
		/** The passage, exactly as in the article; straight or curly quotes, dashes and spacing may differ. Required. */
		quote: z.string({ error: plain('the quoted passage as text') }).min(1, { error: 'The quote is empty: copy the passage from the article.' }),
		/** Text right before the quote, only to tell apart a passage that occurs more than once. Optional. */
		prefix: z.string({ error: plain('the text right before the quote') }).optional(),
		/** Text right after the quote, only to tell apart a passage that occurs more than once. Optional. */
		suffix: z.string({ error: plain('the text right after the quote') }).optional(),
		/** Set to `true` only when the claim really is about part of a word; otherwise a quote must start and end on word boundaries. Optional. */
		partialWords: z.boolean({ error: plain('`true` or `false`') }).optional(),
		/** Why this quote is shorter than a whole sentence, such as `The rest of the sentence is about another event.` Only with a reason: a quote is whole sentences by default (EDITORIAL.md, "Whole sentences by default"). Optional. */
		excerpt: z.string({ error: plain('the reason the quote is not a whole sentence, as text (`true` is not a reason)') }).trim().min(1, { error: 'The reason is empty: say why the quote is shorter than a whole sentence, or remove `excerpt`.' }).optional(),
		/** Why this quote runs over more than one paragraph. Only with a reason: a quote stays within one paragraph by default, and its citation then names every paragraph it covers. Optional. */
		crossesParagraphs: z.string({ error: plain('the reason the quote crosses a paragraph boundary, as text (`true` is not a reason)') }).trim().min(1, { error: 'The reason is empty: say why the quote crosses a paragraph boundary, or remove `crossesParagraphs`.' }).optional(),
		/** Who says it: `narration` (the outlet's own voice) or an entity id such as `maria-zakharova`. Required. */
		speaker: z.string({ error: plain('`narration` or an entity id such as `vladimir-putin`') }),
		/** `agrees`, `adds` (detail the others lack), `differs`, or `other-occasion` (about another occasion). Required. */
		relation: RelationSchema,
		/** The occasion the claim is about, when sources describe different ones, such as `Kommersant interview, February 2024`. Optional. */
		occasion: z.string({ error: plain('a short label') }).optional(),
		/** The date this claim gives for the event, when it gives one (`date`, `precision`); the timeline shows it against the event's date. Optional. */
		says: PartialDateSchema.optional(),
		/** One neutral sentence on what the claim says or why it has this relation. Optional. */
		note: z.string({ error: plain('a sentence') }).optional(),
		/** What outside reporting says about this claim, with its sources and its `finding` (`supports`, `refutes` with `differsOn`, or `not-enough-info`). Optional: a claim without it is shown as not checked against outside reporting. */
		context: ClaimContextSchema.optional(),
	},
	{ error: plain('a claim with `article`, `quote`, `speaker` and `relation`', 'Allowed fields: `id`, `article`, `quote`, `prefix`, `suffix`, `partialWords`, `excerpt`, `crossesParagraphs`, `speaker`, `relation`, `occasion`, `says`, `note`, `context`.') },
);

export type Claim = z.output<typeof ClaimSchema>;

/** How the reader names each relation. */
export const relationLabel: Record<z.output<typeof RelationSchema>, string> = {
	agrees: 'Agrees',
	adds: 'Adds detail',
	differs: 'Differs',
	'other-occasion': 'Another occasion',
};
export type Relation = z.output<typeof RelationSchema>;
