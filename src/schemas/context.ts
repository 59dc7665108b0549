import { z } from 'astro/zod';
import { plain } from './plain-errors';

/** An outside source that settles or explains what a source says. */
export const ContextSourceSchema = z.strictObject(
	{
		/** The outside source's name, such as `TASS, 26 November 2023`. Required. */
		name: z.string({ error: plain('the source\'s name') }).min(1, { error: 'The source\'s name is empty.' }),
		/** Its address. Required. */
		url: z.url({ protocol: /^https?$/, error: plain('the source\'s address, starting with `https://`') }),
	},
	{ error: plain('a source with `name` and `url`', 'Allowed fields: `name`, `url`.') },
);

/**
 * What outside reporting says, on a discrepancy or on one claim (a known error
 * of one source, such as a wrong day). It says only what its sources say, and
 * names at least one of them with a URL.
 */
export const ContextSchema = z.strictObject(
	{
		/** The context note: what the outside sources say, and nothing more. Required. */
		note: z.string({ error: plain('the context note') }).min(1, { error: 'The context note is empty.' }),
		/** The outside sources it relies on. Required: at least one, each with a URL. */
		sources: z.array(ContextSourceSchema, { error: plain('a list of sources, each with `name` and `url`') }).min(1, { error: 'A context note needs at least one source with a URL: add `sources: [{ name: …, url: https://… }]`.' }),
	},
	{ error: plain('a context with `note` and `sources`', 'Allowed fields: `note`, `sources`.') },
);

export type Context = z.output<typeof ContextSchema>;
