import type { RemovedFurniture } from '../../schemas/removed-furniture';

/** The kind of page furniture an element is, with the reason recorded for it. */
export type FurnitureVerdict = Pick<RemovedFurniture, 'kind' | 'reason'>;

/** Openings of "read also" boxes in the corpus's languages. */
const READ_ALSO = /^(read also|also read|read more|see also|related( stories| articles)?\s*:|more on this|leia também|leia mais|veja também|saiba mais|читайте также|смотрите также|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|קראו גם|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lee también)\b/iu;

function hint(el: Element): string {
	return `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('role') ?? ''} ${el.getAttribute('itemprop') ?? ''}`.toLowerCase();
}

/**
 * Whether an element inside an article's body is a box that is not its text,
 * and which kind, judged by its tag, its class, id and role, and how its text
 * opens: related links ("READ ALSO", `class="related"`, `<aside>` of links),
 * captions (`<figure>`, `<figcaption>`), bylines (`rel="author"`,
 * `class="byline"`, `<address>`), date lines (`<time>` alone), and
 * newsletter, sharing and advertising prompts. `undefined` when it is text.
 */
export function furnitureOf(el: Element): FurnitureVerdict | undefined {
	const tag = el.tagName;
	const h = hint(el);
	const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
	const links = el.querySelectorAll('a').length;
	// A list whose every item is a link is a box of links, not sentences of the text.
	const linkList = (tag === 'UL' || tag === 'OL') && el.children.length > 0 && [...el.children].every((li) => li.querySelector('a') && (li.textContent ?? '').trim() === (li.querySelector('a')!.textContent ?? '').trim());
	if (/\b(related|read-?also|see-?also|more-?(stories|news)|recommend|also-?read)/.test(h) || (READ_ALSO.test(text) && (links > 0 || text.length < 200)) || linkList) {
		return { kind: 'related-links', reason: 'A box of links to other stories inside the text: page furniture, not article text.' };
	}
	if (tag === 'FIGURE' || tag === 'FIGCAPTION' || /\b(caption|photo-?credit|image-?credit|wp-caption)/.test(h)) {
		return { kind: 'caption', reason: 'A picture\'s caption or credit: page furniture, not article text.' };
	}
	if (tag === 'ADDRESS' || el.getAttribute('rel') === 'author' || /\b(byline|author)/.test(h)) {
		return { kind: 'byline', reason: 'The author line: recorded as `author` where the page states it, not article text.' };
	}
	if (/\b(newsletter|subscribe|subscription|sign-?up|signup|paywall)/.test(h)) {
		return { kind: 'other', reason: 'A newsletter or subscription prompt: page furniture, not article text.' };
	}
	if (/\b(share|social|advert|ad-slot|ads|promo|sponsor)\b/.test(h)) {
		return { kind: 'other', reason: 'A sharing, advertising or promotion box: page furniture, not article text.' };
	}
	if (/\b(dateline-meta|timestamp|publish(ed)?-?date|article-?date|post-?date|meta)\b/.test(h) || (el.querySelector('time') && text === (el.querySelector('time')!.textContent ?? '').replace(/\s+/g, ' ').trim() && tag !== 'TIME')) {
		return { kind: 'metadata', reason: 'A date or metadata line of the page: recorded in the frontmatter where it states the date, not article text.' };
	}
	if (tag === 'ASIDE') return { kind: 'other', reason: 'A box set aside from the text (`<aside>`): page furniture, not article text.' };
	return undefined;
}
