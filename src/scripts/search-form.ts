/**
 * The header's search form, made here rather than shipped in every page:
 * search needs JavaScript (`search.ts`, which this must run before), so a page
 * read without it carries none of the form's markup. The button sits in space
 * the header always keeps, and the panel opens over the page, so nothing moves
 * when it appears. The base path is the site name's link (`withBase('')`).
 */
const header = document.querySelector('.site-header');
if (header && !header.querySelector('[data-search]')) {
	const form = document.createElement('form');
	form.className = 'site-search';
	form.setAttribute('role', 'search');
	form.dataset.search = '';
	form.dataset.base = header.querySelector('.site-name')?.getAttribute('href') ?? '/';
	form.hidden = true;
	// Static markup, no data of the page in it.
	form.innerHTML =
		'<button type="button" class="search-toggle" aria-expanded="false" aria-controls="site-search-panel">Search</button>' +
		'<div class="search-panel" id="site-search-panel" hidden>' +
		'<label for="site-search-q">Search the sources</label>' +
		'<input id="site-search-q" type="search" name="q" autocomplete="off" spellcheck="false">' +
		'<details class="search-filters"><summary>Filters</summary><div data-search-filters></div></details>' +
		'<p class="search-status" data-search-status aria-live="polite"></p>' +
		'<ol class="search-results" data-search-results></ol>' +
		'</div>';
	header.append(form);
	// The search itself (`search.ts`, with Pagefind behind it) is fetched the first time a reader opens the panel, so a
	// page that is only read loads none of it; once loaded, it takes over the button and opens the panel.
	const toggle = form.querySelector<HTMLButtonElement>('.search-toggle')!;
	toggle.addEventListener('click', () => void import('./search').then(() => toggle.click()), { once: true });
	form.hidden = false;
}
