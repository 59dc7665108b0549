/**
 * Enhancements on top of pages that work without JavaScript: citing
 * (`cite.ts`), one tab stop per paragraph's notes (`note-groups.ts`), the
 * compare view's selection (`compare.ts`) and search (`search-form.ts` adds the
 * form to the header; `search.ts` is loaded only when a reader opens it).
 */
import './cite';
import './note-groups';
import './compare';
import './search-form';

// Every printed page's foot names the address the page was read at and the day it was printed (`@page` in reader.css).
const printUrl = () => {
	document.documentElement.style.setProperty('--print-url', JSON.stringify(`${window.location.href} · printed ${new Date().toISOString().slice(0, 10)}`));
	document.documentElement.classList.add('has-print-url');
};
printUrl();
window.addEventListener('beforeprint', printUrl);
