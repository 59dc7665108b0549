/**
 * On the 404 page: a reader who followed an old link to a source's citation
 * file (`/articles/<id>/citation.bib` or `…/citation.csl.json`, files before
 * 0.3) gets a link to where it went, the Cite section of the source's page.
 * Without the script, the page says the same in words.
 */
const moved = /^(.*\/articles\/[^/]+\/)citation\.(?:bib|csl\.json)$/.exec(window.location.pathname);
const note = document.querySelector<HTMLElement>('[data-moved-citation]');
if (moved && note) {
	const link = document.createElement('a');
	link.href = `${moved[1]}#cite`;
	link.textContent = 'this source’s Cite section';
	note.replaceChildren('The citation file at this address is now on the source’s page: go to ', link, '.');
	note.classList.add('lede');
	document.querySelector('main')?.prepend(note);
}
