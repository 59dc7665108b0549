import { z } from 'astro/zod';
import { plain } from './plain-errors';
import { SlugSchema } from './slug';

/**
 * One comparison: the events that belong together and the sources that report
 * them (`content/stories/<story-id>.yaml`; the file name is its id and its URL,
 * `/stories/<story-id>/`). Each story is its own file, so adding one never
 * touches another. An article can belong to several stories; an event belongs
 * to exactly one.
 */
export const StorySchema = z.strictObject(
	{
		/** A short neutral title, such as `Russia and the release of hostages held in Gaza`. Required. */
		title: z.string({ error: plain('a short title') }).min(1, { error: 'The title is empty.' }),
		/** Two or three neutral sentences on what the story covers. Required. */
		summary: z.string({ error: plain('a short neutral summary') }),
		/** Ids of the events in this story. Required: at least one. */
		events: z.array(SlugSchema, { error: plain('a list of event ids') }).min(1, { error: 'A story needs at least one event.' }),
		/** Ids of sources to show even where they have no claim yet. Sources with a claim about one of the events are in the story anyway. Defaults to none. */
		articles: z.array(SlugSchema, { error: plain('a list of article ids') }).default([]),
		/** `true` for the one story that `/compare/` and `/events/` show, as they did before the site had stories, so their published links keep working. Defaults to `false`. */
		primary: z.boolean({ error: plain('`true` or `false`') }).default(false),
	},
	{ error: plain('a story with `title`, `summary` and `events`', 'Allowed fields: `title`, `summary`, `events`, `articles`, `primary`.') },
);

export type Story = z.output<typeof StorySchema>;
