import { z } from 'astro/zod';
import { ClaimSchema } from './claim';
import { DiscrepancySchema } from './discrepancy';
import { checkPartialDate, partialDateShape } from './partial-date';
import { plain } from './plain-errors';
import { SlugSchema } from './slug';

/** When an event happened, as well as it is known, and on whose word. */
export const EventDateSchema = z
	.strictObject(
		{
			...partialDateShape,
			/** Where the date comes from, such as the outside reporting that settles it. Optional. */
			note: z.string({ error: plain('a sentence') }).optional(),
		},
		{ error: plain('`date` and `precision`', 'Allowed fields: `date`, `until`, `precision`, `note`.') },
	)
	.superRefine(checkPartialDate);

/** One event the sources report on (`content/events/<event-id>.yaml`; the file name is its id). */
export const EventSchema = z.strictObject(
	{
		/** A short neutral title, such as `Roni Krivoi's release`. Required. */
		title: z.string({ error: plain('a short title') }).min(1, { error: 'The title is empty.' }),
		/** When it happened: `date`, `precision`, optional `until` and `note`. Required. */
		when: EventDateSchema,
		/** Two or three neutral sentences on what happened. Required. */
		summary: z.string({ error: plain('a short neutral summary') }),
		/** Ids of the people, organisations and places involved. Defaults to none. */
		entities: z.array(SlugSchema, { error: plain('a list of entity ids') }).default([]),
		/** Ids of other events a reader should see with this one. Defaults to none. */
		related: z.array(SlugSchema, { error: plain('a list of event ids') }).default([]),
		/** What each source says about it. Required: at least one. */
		claims: z.array(ClaimSchema, { error: plain('a list of claims') }).min(1, { error: 'An event needs at least one claim.' }),
		/** Claims this event's page showed before they moved to another event (when an event is split), as `<article-id>#<claim-id>`. The page keeps their anchors and links each to where it is now, so published links still resolve. Defaults to none. */
		movedClaims: z.array(z.string({ error: plain('a claim reference such as `tass-2025-02-10#krivoi-release`') }), { error: plain('a list of claim references') }).default([]),
		/** Where the sources differ, with context from other reporting. Defaults to none. */
		discrepancies: z.array(DiscrepancySchema, { error: plain('a list of discrepancies') }).default([]),
	},
	{ error: plain('an event', 'Allowed fields: `title`, `when`, `summary`, `entities`, `related`, `movedClaims`, `claims`, `discrepancies`.') },
);

export type Event = z.output<typeof EventSchema>;
