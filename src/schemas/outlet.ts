import { z } from 'astro/zod';
import { plain } from './plain-errors';

/** The publication a source comes from. */
export const OutletSchema = z.strictObject(
	{
		/** The outlet's name as it brands itself, such as `TASS`. Required. */
		name: z.string({ error: plain('the outlet\'s name as text') }).min(1, { error: 'The outlet name is empty: write it.' }),
		/** The country the outlet is based in, as an ISO 3166-1 alpha-2 code such as `RU`. Optional. */
		country: z
			.string({ error: plain('a two-letter country code such as `RU`') })
			.regex(/^[A-Z]{2}$/, { error: (issue) => `Expected a two-letter ISO 3166 country code in capitals, such as \`RU\` or \`NG\`, but found ${JSON.stringify(issue.input)}.` })
			.optional(),
	},
	{ error: plain('`outlet` with a `name`', 'Allowed fields: `name`, `country`.') },
);

export type Outlet = z.output<typeof OutletSchema>;
