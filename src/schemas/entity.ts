import { z } from 'astro/zod';
import { plain } from './plain-errors';
import { SlugSchema } from './slug';

/** What an entity is. */
export const EntityKindSchema = z.enum(['person', 'organisation', 'place'], { error: plain('one of `person`, `organisation` or `place`') });

/** One way a source writes an entity's name. */
export const VariantSchema = z.union(
	[
		z.string().min(1),
		z.strictObject({
			/** The name exactly as a source writes it, such as `Ron Krivoy`. Required. */
			text: z.string({ error: plain('the name as written') }).min(1, { error: 'The variant is empty: write the name as the source has it.' }),
			/** The article that gets this name wrong, such as `new-telegraph-2025-04`; the reader flags it there. Optional. */
			errorIn: SlugSchema.optional(),
			/** Why the variant is an error, or where it is used. Optional. */
			note: z.string({ error: plain('a sentence') }).optional(),
			/**
			 * The articles in which this name means this entity, such as `[new-telegraph-2025-04]`; it is marked there only. Optional: without it the
			 * name is marked in every article. Required for a person's bare given name or surname (a word of the name or of a longer variant,
			 * such as `Elena` for Yelena Trufanova), which could name someone else (`src/lib/corpus/variant-rules.ts`).
			 */
			in: z.array(SlugSchema, { error: plain('a list of article ids, such as `[new-telegraph-2025-04]`') }).min(1, { error: 'The list is empty: name the articles where this name means this entity, or remove `in`.' }).optional(),
		}),
	],
	{ error: plain('a name as text, or `text` with `errorIn`, `in` and `note`', 'Write a variant as `- Ron Krivoy`, or as `- text: Elena` with `in: [<article-id>]` (or `errorIn: <article-id>`).') },
);

/** A person, organisation or place, with the names the sources use for it (`content/entities.yaml`). */
export const EntitySchema = z.strictObject(
	{
		/** The entity's id, used by events (`speaker`, `entities`), such as `alexander-trufanov`. Required. */
		id: SlugSchema,
		/** The canonical name shown by the reader, such as `Alexander Trufanov`. Required; it is also matched in the text. */
		name: z.string({ error: plain('the canonical name') }).min(1, { error: 'The name is empty: write the canonical name.' }),
		/** `person`, `organisation` or `place`. Required. */
		kind: EntityKindSchema,
		/** One neutral sentence on who or what this is. Optional. */
		description: z.string({ error: plain('one sentence') }).optional(),
		/** Other names the sources use; each is matched as a whole word. Defaults to none. */
		variants: z.array(VariantSchema, { error: plain('a list of names') }).default([]),
	},
	{ error: plain('an entity with `id`, `name` and `kind`', 'Allowed fields: `id`, `name`, `kind`, `description`, `variants`.') },
);

export type Entity = z.output<typeof EntitySchema>;
export type Variant = z.output<typeof VariantSchema>;
