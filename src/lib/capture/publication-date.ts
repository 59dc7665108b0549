import * as chrono from 'chrono-node';
import type { PublicationDate } from '../../schemas/publication-date';
import type { Stated } from './page-metadata';

/**
 * A stated publication date as the frontmatter records it. An ISO date or
 * date-time keeps the day as written (the publisher's own time zone, never
 * converted); `2025-02` and `2025` keep their precision. Any other wording
 * ("10 February 2025") is read with chrono-node, and only when it names the
 * day, month and year. `undefined` when the value gives no full date.
 */
export function statedDate(stated: Stated): PublicationDate | undefined {
	const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|\s)/.exec(stated.value);
	if (iso) {
		const [, year, month, day] = iso;
		const date = [year, month, day].filter(Boolean).join('-');
		const precision = day ? 'day' : month ? 'month' : 'year';
		const asWritten = stated.value === date ? '' : ` (\`${stated.value}\`), the day as written there`;
		return { date, precision, basis: 'stated', note: `${capitalise(stated.from)}${asWritten}.` };
	}
	const date = fullDateIn(stated.value);
	if (!date) return undefined;
	return { date: date.date, precision: 'day', basis: 'stated', note: `${capitalise(stated.from)}: \`${stated.value}\`.` };
}

/** A date in `text` that names day, month and year (in English, Portuguese, Russian, German, French or Spanish), with the words that name it. */
export function fullDateIn(text: string): { date: string; words: string } | undefined {
	for (const parser of [chrono.en, chrono.pt, chrono.ru, chrono.de, chrono.fr, chrono.es]) {
		const found = parser.parse(text).find((r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'));
		if (found) {
			const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
			return { date: `${found.start.get('year')}-${pad(found.start.get('month'))}-${pad(found.start.get('day'))}`, words: found.text };
		}
	}
	return undefined;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
