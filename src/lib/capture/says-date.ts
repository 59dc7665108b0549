import * as chrono from 'chrono-node';

/** A date a quote gives for its event, worked out from its words: a suggestion for the claim's `says`, to be checked. */
export interface SaysSuggestion {
	date: string;
	precision: 'day' | 'month';
	/** The words it comes from, as in the quote ("on Wednesday"). */
	words: string;
	/** How it was worked out, for the YAML comment. */
	how: string;
}

/** chrono-node's parsers by language subtag; languages it does not cover get no suggestion. */
export const PARSERS: Record<string, chrono.Chrono> = { en: chrono.en.casual, pt: chrono.pt.casual, ru: chrono.ru.casual, de: chrono.de.casual, fr: chrono.fr.casual, es: chrono.es.casual, nl: chrono.nl.casual, it: chrono.it.casual, uk: chrono.uk.casual, sv: chrono.sv.casual, ja: chrono.ja.casual, zh: chrono.zh.casual };
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The date a quote gives for its event, relative to the article's own date,
 * read with chrono-node in the article's language: "on Wednesday" is the last
 * Wednesday on or before the article's date (news reports the past), "on
 * November 24" takes the year nearest the article's date, "in November 2023"
 * gives a month. A weekday that names a thing ("Tuesday's storm") and a
 * vague phrase that falls after the article ("by the end of the month") are
 * no date of the event. When the quote names several, the first is suggested
 * and the others named. `undefined` when the quote names no day or month, when the
 * language is one chrono-node does not read, or when a weekday needs an
 * article date known to the day and it is not.
 */
export function suggestSays(quote: string, language: string, published: { date: string; precision: string }): SaysSuggestion | undefined {
	const parser = PARSERS[language.toLowerCase().split('-')[0]!];
	if (!parser) return undefined;
	const [y, m = 1, d = 1] = published.date.split('-').map(Number);
	const ref = new Date(Date.UTC(y!, m - 1, d, 12));
	const found: SaysSuggestion[] = [];
	for (const result of parser.parse(quote, { instant: ref, timezone: 0 })) {
		const start = result.start;
		const words = result.text.trim().replace(/[,.;:]$/, '');
		// "Tuesday's storm" names the storm, not when the claim's event happened.
		if (/^['’]s\b/u.test(quote.slice(result.index + result.text.length))) continue;
		if (start.isCertain('weekday') && !start.isCertain('month')) {
			if (published.precision !== 'day') continue;
			const weekday = start.get('weekday')!;
			const back = (ref.getUTCDay() - weekday + 7) % 7;
			const date = new Date(ref.getTime() - back * 86_400_000);
			found.push({ date: iso(date), precision: 'day', words, how: `suggested from ${JSON.stringify(words)}: the last ${WEEKDAYS[weekday]} on or before the article's date (${published.date}, a ${WEEKDAYS[ref.getUTCDay()]})` });
		} else if (start.isCertain('day')) {
			const date = start.date();
			// A vague phrase ("by the end of the month") that chrono reads as a day after the article is no date the source gives.
			if (!/\d/.test(result.text) && date > ref) continue;
			if (!start.isCertain('month') && published.precision !== 'day') continue;
			const year = start.isCertain('year') ? '' : `; the year is not in the quote, so it is the one nearest the article's date (${published.date})`;
			const relative = start.isCertain('month') ? '' : `, counted from the article's date (${published.date})`;
			found.push({ date: iso(date), precision: 'day', words, how: `suggested from ${JSON.stringify(words)}${relative}${year}` });
		} else if (start.isCertain('month') && start.isCertain('year')) {
			found.push({ date: iso(start.date()).slice(0, 7), precision: 'month', words, how: `suggested from ${JSON.stringify(words)}` });
		}
	}
	const [first, ...others] = found;
	if (!first) return undefined;
	// The quote may name several days; the first is suggested, the others are named so the editor can choose.
	return others.length ? { ...first, how: `${first.how}; the quote also names ${others.map((o) => `${JSON.stringify(o.words)} (${o.date})`).join(', ')}` } : first;
}
