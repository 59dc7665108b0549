/**
 * The compare view, enhanced. Selecting an event (a claim's number, a mark, or
 * a chip of the legend) shows its claims at full strength and the others
 * calm, brings it into view in every column side by side, and gives each
 * column "2 of 7 ‹ ›" to step through its passages. On a phone, where the
 * columns are stacked, a sheet lists the event's passages in the other
 * sources, each a link to it. Esc clears the selection. The selection is kept
 * in the URL as `?only=<event-id>` (`none` hides every highlight); without
 * the script the legend does the same with `#only-<event-id>` and CSS.
 */
import { announce, status } from './status';

const compare = document.querySelector<HTMLElement>('[data-compare]');
const columns = compare ? [...compare.querySelectorAll<HTMLElement>('[data-column]')] : [];
const sideBySide = () => columns.every((column) => column.offsetTop === columns[0]?.offsetTop);
const byEvent = (eventId: string) => `[data-event="${CSS.escape(eventId)}"]`;
/** A claim's first mark carries its id; the others are pieces of it. */
const claimsIn = (root: ParentNode, eventId: string) => [...root.querySelectorAll<HTMLElement>(`mark.claim[id]${byEvent(eventId)}`)];

function setUrlState(only: string | undefined): void {
	const url = new URL(window.location.href);
	if (only) url.searchParams.set('only', only);
	else url.searchParams.delete('only');
	if (url.hash.startsWith('#only-')) url.hash = '';
	history.replaceState(null, '', url);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const el = Object.assign(document.createElement(tag), props);
	el.append(...children);
	return el;
}

/** "2 of 7 ‹ ›" in each column's bar, while an event is selected. */
function navFor(column: HTMLElement): { show(claims: HTMLElement[], at: number): void; hide(): void } {
	const count = element('span', { className: 'nav-count' });
	const prev = element('button', { type: 'button', className: 'nav-step', textContent: '‹' });
	const next = element('button', { type: 'button', className: 'nav-step', textContent: '›' });
	const outlet = column.querySelector('.column-bar .kicker')?.textContent ?? '';
	prev.setAttribute('aria-label', `Previous passage in ${outlet}`);
	next.setAttribute('aria-label', `Next passage in ${outlet}`);
	const nav = element('span', { className: 'event-nav', hidden: true }, prev, count, next);
	column.querySelector('.column-bar')?.append(nav);
	let claims: HTMLElement[] = [];
	let at = 0;
	const go = (step: number) => {
		at = (at + step + claims.length) % claims.length;
		count.textContent = `${at + 1} of ${claims.length}`;
		claims[at]?.scrollIntoView({ block: 'center', inline: 'nearest' });
	};
	prev.addEventListener('click', () => go(-1));
	next.addEventListener('click', () => go(1));
	return {
		show(list, start) {
			claims = list;
			at = start;
			count.textContent = `${at + 1} of ${claims.length}`;
			prev.hidden = next.hidden = claims.length < 2;
			nav.hidden = false;
		},
		hide() {
			nav.hidden = true;
		},
	};
}

const navs = new Map(columns.map((column) => [column, navFor(column)]));

/** The phone's sheet: the event's passages in the other sources, each a link to it. */
const sheet = element('dialog', { className: 'event-sheet' });
sheet.setAttribute('aria-labelledby', 'event-sheet-title');

function showSheet(eventId: string, title: string, from: Element | undefined): void {
	const here = from?.closest('[data-column]');
	const items = columns
		.filter((column) => column !== here)
		.map((column) => {
			const outlet = column.querySelector('.column-bar .kicker')?.textContent ?? '';
			const claims = claimsIn(column, eventId);
			if (!claims.length) return element('li', { className: 'sheet-lacks' }, `${outlet}: no claim about it.`);
			return element('li', {}, element('strong', {}, outlet), ...claims.map((mark) => element('p', {}, element('a', { href: `#${mark.id}` }, `“${(mark.textContent ?? '').trim().slice(0, 140)}${(mark.textContent ?? '').length > 140 ? '…' : ''}”`))));
		});
	const close = element('button', { type: 'button', className: 'sheet-close', textContent: 'Close' });
	close.addEventListener('click', () => sheet.close());
	sheet.replaceChildren(element('h2', { id: 'event-sheet-title' }, title), close, element('ul', {}, ...items));
	if (!sheet.isConnected) document.body.append(sheet);
	sheet.show();
}
sheet.addEventListener('click', (event) => {
	if ((event.target as Element).closest('a')) sheet.close();
});

function clearSelection(): void {
	compare?.querySelectorAll('.is-selected').forEach((el) => el.classList.remove('is-selected'));
	compare?.querySelectorAll('[aria-current]').forEach((el) => el.removeAttribute('aria-current'));
	compare?.classList.remove('marks-none');
	for (const column of columns) column.classList.remove('lacks-event');
	for (const nav of navs.values()) nav.hide();
}

function selectEvent(eventId: string, from?: Element, options: { sheet?: boolean } = {}): void {
	if (!compare) return;
	clearSelection();
	const together = sideBySide();
	let covered = 0;
	for (const column of columns) {
		column.querySelectorAll(`mark.claim${byEvent(eventId)}, .side-note${byEvent(eventId)}`).forEach((el) => el.classList.add('is-selected'));
		const claims = claimsIn(column, eventId);
		column.classList.toggle('lacks-event', claims.length === 0);
		if (!claims.length) continue;
		covered++;
		const mine = from && column.contains(from);
		const at = mine ? Math.max(0, claims.findIndex((c) => c.contains(from) || c.id === from.getAttribute('data-target'))) : 0;
		navs.get(column)?.show(claims, at);
		// Scroll the other columns only when they stand side by side; stacked (on a phone), scrolling each in turn would lose the reader's place.
		if (together && !mine) claims[0]?.scrollIntoView({ block: 'center', inline: 'nearest' });
	}
	compare.querySelector(`.event-chip[data-only="${CSS.escape(eventId)}"]`)?.setAttribute('aria-current', 'true');
	setUrlState(eventId);
	const title = compare.querySelector(`[data-legend-event="${CSS.escape(eventId)}"]`)?.getAttribute('data-announce') ?? eventId;
	announce(`${title}: in ${covered} of ${columns.length} sources.`);
	if (options.sheet && !together) showSheet(eventId, `${title}: in ${covered} of ${columns.length} sources`, from);
}

if (compare) {
	// The status line goes under the legend, where it covers nothing.
	if (status) compare.querySelector('.legend-row')?.after(status);
	compare.addEventListener('click', (event) => {
		const target = event.target as Element;
		const chip = target.closest<HTMLAnchorElement>('a.event-chip');
		if (chip) {
			event.preventDefault();
			const only = chip.dataset.only ?? 'all';
			if (only === 'all' || only === 'none') {
				clearSelection();
				compare.classList.toggle('marks-none', only === 'none');
				chip.setAttribute('aria-current', 'true');
				setUrlState(only === 'none' ? 'none' : undefined);
			} else selectEvent(only);
			return;
		}
		const ref = target.closest<HTMLAnchorElement>('a.claim-ref');
		const mark = target.closest<HTMLElement>('mark.claim');
		const eventId = ref?.closest<HTMLElement>('.side-note')?.dataset.event ?? mark?.dataset.event;
		if (!eventId || target.closest('a:not(.claim-ref)')) return;
		if (ref) {
			event.preventDefault();
			const id = ref.dataset.target;
			if (id) history.replaceState(null, '', `#${id}`);
		}
		selectEvent(eventId, ref ?? mark ?? undefined, { sheet: Boolean(ref) });
	});
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || document.querySelector('.search-panel:not([hidden])')) return;
		if (sheet.open) return sheet.close();
		if (!compare.querySelector('.is-selected, [aria-current]') && !compare.classList.contains('marks-none')) return;
		clearSelection();
		setUrlState(undefined);
		announce('Selection cleared: every event is shown.');
	});
	const fromUrl = () => {
		const hash = decodeURIComponent(window.location.hash.slice(1));
		const only = new URL(window.location.href).searchParams.get('only') ?? (hash.startsWith('only-') ? hash.slice(5) : null);
		const target = hash && !hash.startsWith('only-') ? document.getElementById(hash) : null;
		const eventId = target?.closest<HTMLElement>('mark.claim')?.dataset.event;
		if (eventId && target) selectEvent(eventId, target);
		else if (only === 'none') compare.classList.add('marks-none');
		else if (only && only !== 'all' && compare.querySelector(`.event-chip[data-only="${CSS.escape(only)}"]`)) selectEvent(only);
	};
	window.addEventListener('hashchange', fromUrl);
	fromUrl();
}
