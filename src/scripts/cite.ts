/**
 * Citing, an enhancement: a "link" control (`.cite-link`) also copies the
 * absolute URL and a ready citation, each static Cite box is filled with
 * the address the page is served from and gets a Copy button, and so does
 * each file's text in an article's Cite section (`pre[data-copy]`).
 */
import { formatCitation } from '../lib/citing/citation';
import { passageFragment } from '../lib/citing/text-fragment';
import { announce } from './status';

/** The source text of an element, without the reader's own controls, whitespace as in the page. */
function rawText(element: Element): string {
	let text = '';
	const walk = (node: Node): void => {
		if (node instanceof Element && node.hasAttribute('data-furniture')) return;
		if (node instanceof Text) text += node.data;
		node.childNodes.forEach(walk);
	};
	walk(element);
	return text;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A claim card's citation (event pages): the one its Cite box shows, with the address of its "In context" link as served. */
function cardCitation(card: Element) {
	const pre = card.querySelector('pre');
	const url = card.querySelector<HTMLAnchorElement>('.claim-links a')?.href;
	if (pre && url) return { url, pre, citation: pre.textContent.replace(/^Reader: .*/m, `Reader: ${url}`) };
}

function citationFor(link: HTMLAnchorElement): { url: string; citation: string } | undefined {
	const id = decodeURIComponent(link.hash.slice(1));
	const target = document.getElementById(id);
	if (target?.matches('.claim-card')) return cardCitation(target);
	const source = target?.closest<HTMLElement>('[data-cite-outlet]');
	if (!target || !source) return;
	// In an article, the paragraph and the quote are read off the text.
	const claim = target.getAttribute('data-claim');
	const { citeOutlet = '', citeHeadline = '', citeDate = '', citeUrl = '' } = source.dataset;
	const pieces = claim ? [...source.querySelectorAll(`mark[data-claim="${CSS.escape(claim)}"]`)] : [];
	const quote = tidy(pieces.length ? pieces.map(rawText).join('') : rawText(target));
	const paragraph = target.closest('[data-paragraph]')?.getAttribute('data-paragraph');
	// A passage that crosses paragraphs (`crossesParagraphs`) is cited with every paragraph it covers. Paragraphs count from 1, so a missing one is `undefined`, never 0.
	const lastParagraph = pieces.at(-1)?.closest('[data-paragraph]')?.getAttribute('data-paragraph');
	// Always the address the page is served from, never a configured placeholder.
	const url = new URL(`#${id}`, location.href).href;
	// The Text Fragment that lands on the passage in the original, from the build, on the paragraph or claim's first mark;
	// a mark without one is cited by its whole passage (`addCiteFragments` leaves it out exactly then).
	const fragment = target.getAttribute('data-cite-fragment') ?? (target.matches('mark.claim') ? passageFragment(quote) : undefined);
	return { url, citation: formatCitation({ quote, outlet: citeOutlet, headline: citeHeadline, date: citeDate, paragraph: Number(paragraph) || undefined, lastParagraph: Number(lastParagraph) || undefined, readerUrl: url, originalUrl: citeUrl, fragment }) };
}

function copy(text: string, done: string, fallback: string): void {
	if (!navigator.clipboard) return announce(fallback);
	navigator.clipboard.writeText(text).then(
		() => announce(done),
		() => announce(fallback),
	);
}

document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.cite-link');
	if (!link) return;
	const cited = citationFor(link);
	if (cited) copy(cited.citation, 'Link and citation copied.', `Copy this link: ${cited.url}`);
});

function copyButton(text: () => string, done: string, fallback: string): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-cite';
	button.textContent = 'Copy';
	button.addEventListener('click', () => copy(text(), done, fallback));
	return button;
}

// Cite boxes: the citation with the served address, and a button that copies it.
for (const card of document.querySelectorAll('.claim-card')) {
	const cited = cardCitation(card);
	if (!cited) continue;
	cited.pre.textContent = cited.citation;
	cited.pre.after(copyButton(() => cited.citation, 'Citation copied.', 'Select the citation and copy it.'));
}

// An article's Cite section: each file's text (BibTeX, CSL-JSON) gets a Copy button.
for (const pre of document.querySelectorAll<HTMLPreElement>('pre[data-copy]')) {
	const label = pre.dataset.copy;
	pre.after(copyButton(() => pre.textContent, `${label} copied.`, `Select the ${label} and copy it.`));
}
