/**
 * Enhancements on top of pages that work without JavaScript:
 * - a "link" control (`.cite-link`) also copies the absolute URL and a ready citation;
 * - in the compare view, selecting a claim brings its event's claims into view
 *   in every other column and emphasises them (the link to the event page is
 *   what the same control does without JavaScript).
 */
import { formatCitation } from '../lib/citing/citation';
import './search';

const status = document.getElementById('reader-status');

function announce(message: string): void {
	if (!status) return;
	status.textContent = message;
	status.classList.add('is-visible');
	window.setTimeout(() => status.classList.remove('is-visible'), 4000);
}

/** The source text of an element, without the reader's own controls, whitespace as in the page. */
function rawText(element: Element): string {
	let text = '';
	const walk = (node: Node): void => {
		if (node instanceof Element && node.hasAttribute('data-furniture')) return;
		if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
		node.childNodes.forEach(walk);
	};
	walk(element);
	return text;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

function citationFor(link: HTMLAnchorElement): { url: string; citation: string } | undefined {
	const id = decodeURIComponent(link.hash.slice(1));
	const target = document.getElementById(id);
	const source = target?.closest<HTMLElement>('[data-cite-outlet]');
	if (!target || !source) return undefined;
	// A claim card on an event page carries its paragraph and the path of the passage, and shows its quote; in an article, they are read off the text.
	const claim = target.getAttribute('data-claim');
	const { citeOutlet = '', citeHeadline = '', citeDate = '', citeUrl = '', citeParagraph, citeLastParagraph, citeReader } = source.dataset;
	const card = source.querySelector('blockquote');
	const pieces = claim ? [...source.querySelectorAll(`mark[data-claim="${CSS.escape(claim)}"]`)] : [];
	const quote = tidy(card ? rawText(card) : pieces.length ? pieces.map(rawText).join('') : rawText(target));
	const paragraph = citeParagraph ?? target.closest('[data-paragraph]')?.getAttribute('data-paragraph');
	// A passage that crosses paragraphs (`crossesParagraphs`) is cited with every paragraph it covers.
	const lastParagraph = citeLastParagraph ?? pieces.at(-1)?.closest('[data-paragraph]')?.getAttribute('data-paragraph');
	// Always the address the page is served from, never a configured placeholder.
	const url = new URL(citeReader ?? `#${id}`, window.location.href).href;
	return { url, citation: formatCitation({ quote, outlet: citeOutlet, headline: citeHeadline, date: citeDate, paragraph: paragraph ? Number(paragraph) : undefined, lastParagraph: lastParagraph ? Number(lastParagraph) : undefined, readerUrl: url, originalUrl: citeUrl }) };
}

document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.cite-link');
	if (!link) return;
	const cited = citationFor(link);
	if (!cited || !navigator.clipboard) return;
	navigator.clipboard.writeText(cited.citation).then(
		() => announce('Link and citation copied.'),
		() => announce(`Copy this link: ${cited.url}`),
	);
});

// Compare view: select an event's claims across the columns.
const compare = document.querySelector<HTMLElement>('[data-compare]');

function selectEvent(eventId: string, from?: Element): void {
	if (!compare) return;
	compare.querySelectorAll('.is-selected').forEach((el) => el.classList.remove('is-selected'));
	const columns = [...compare.querySelectorAll<HTMLElement>('[data-column]')];
	// Scroll the other columns only when they stand side by side; stacked (on a phone), scrolling each in turn would lose the reader's place.
	const sideBySide = columns.every((column) => column.offsetTop === columns[0]?.offsetTop);
	let covered = 0;
	for (const column of columns) {
		const marks = [...column.querySelectorAll(`mark.claim[data-event="${CSS.escape(eventId)}"]`)];
		marks.forEach((mark) => mark.classList.add('is-selected'));
		column.classList.toggle('lacks-event', marks.length === 0);
		if (marks.length) covered++;
		const first = marks[0];
		if (first && sideBySide && !(from && column.contains(from))) first.scrollIntoView({ block: 'center', inline: 'nearest' });
	}
	const legend = compare.querySelector(`[data-legend-event="${CSS.escape(eventId)}"]`);
	announce(`${legend?.getAttribute('data-announce') ?? eventId}: in ${covered} of ${columns.length} sources.`);
}

if (compare) {
	// The status line goes under the legend, where it covers nothing.
	if (status) compare.querySelector('.legend')?.after(status);
	compare.addEventListener('click', (event) => {
		const target = event.target as Element;
		const ref = target.closest<HTMLAnchorElement>('a.claim-ref');
		const mark = target.closest<HTMLElement>('mark.claim');
		const eventId = ref?.dataset.event ?? mark?.dataset.event;
		if (!eventId || target.closest('a.cite-link')) return;
		if (ref) {
			event.preventDefault();
			const id = ref.dataset.target;
			if (id) history.replaceState(null, '', `#${id}`);
		}
		selectEvent(eventId, ref ?? mark ?? undefined);
	});
	const fromHash = () => {
		const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
		const eventId = target?.closest<HTMLElement>('mark.claim')?.dataset.event;
		if (eventId && target) selectEvent(eventId, target);
	};
	window.addEventListener('hashchange', fromHash);
	fromHash();
}
