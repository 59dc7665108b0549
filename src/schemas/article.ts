import { z } from 'astro/zod';
import { LanguageSchema } from './language';
import { OutletSchema } from './outlet';
import { plain } from './plain-errors';
import { PublicationDateSchema } from './publication-date';
import { RemovedFurnitureSchema } from './removed-furniture';
import { TitleSchema } from './title';

/** The frontmatter of one source in `content/articles/<id>.md`; the body below it is the text, verbatim. */
export const ArticleSchema = z.strictObject(
	{
		/** The headline and how it is known. Required. */
		title: TitleSchema,
		/** The publication: its `name` and `country`. Required. */
		outlet: OutletSchema,
		/** The canonical address of the original page, `http(s)://`. Required. */
		url: z.url({
			protocol: /^https?$/,
			error: plain('the original\'s address, starting with `https://`', 'Copy the canonical URL of the original page.'),
		}),
		/** When it was published: `date`, `precision`, `basis` (`stated`/`inferred`) and `note`. Required. */
		published: PublicationDateSchema,
		/** The dateline as printed at the start of the text, such as `MOSCOW, February 10. /TASS/.`. Optional. */
		dateline: z.string({ error: plain('the dateline as printed') }).optional(),
		/** BCP 47 language tag of the text; sets `lang` and `dir`. Required. */
		language: LanguageSchema,
		/** The named author, if the source names one. Optional: leave it out rather than guess. */
		author: z.string({ error: plain('the author\'s name as printed') }).optional(),
		/** Page furniture removed from the body (subheads, "read also" boxes, metadata lines). Defaults to none. */
		removed: z.array(RemovedFurnitureSchema, { error: plain('a list of removed items (or `[]`)') }).default([]),
	},
	{
		error: plain(
			'the article fields',
			'Allowed fields: `title`, `outlet`, `url`, `published`, `dateline`, `language`, `author`, `removed`.',
		),
	},
);

export type Article = z.output<typeof ArticleSchema>;
