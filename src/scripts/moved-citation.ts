/**
 * On the 404 page only: an old per-source citation address
 * (`<base>articles/<id>/citation.bib` or `…/citation.csl.json`, removed so
 * that a site fits the hosts' file limits) goes on to that source's Cite
 * section, `<base>articles/<id>/#cite`, which shows and downloads both. Hosts
 * that read `_redirects` do this without the page; without JavaScript the
 * page says it in words.
 */
const moved = /^(.*\/articles\/[^/]+\/)citation\.(?:bib|csl\.json)$/.exec(window.location.pathname);
if (moved) window.location.replace(`${moved[1]}#cite`);
