/**
 * After a search, the landed paragraph shows what was searched: the words of
 * `?highlight=` (Pagefind's `highlightParam`) and the names of `?entity=` (the
 * entities whose spellings matched) are marked in the paragraph the URL's
 * hash names. An enhancement: without it the page lands on the paragraph as
 * before. The reader's controls (`[data-furniture]`) are never marked.
 */
const params = new URLSearchParams(window.location.search);
const words = params.getAll('highlight').map((w) => w.trim()).filter((w) => w.length > 1);
const entities = params.getAll('entity');
const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;

if (target && (words.length || entities.length)) {
	const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
	const wanted = words.map(fold);
	const marked: Element[] = [];
	// Names first: the mention spans the build marked for the matched entities.
	for (const id of entities) for (const mention of target.querySelectorAll(`[data-entity="${CSS.escape(id)}"]`)) marked.push(mention);
	const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('[data-furniture]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const texts: Text[] = [];
	while (walker.nextNode()) texts.push(walker.currentNode as Text);
	for (const node of texts) {
		// Folding drops combining marks only, so positions in the folded text match the original's when no mark was dropped; otherwise the node is left alone.
		const folded = fold(node.data);
		if (folded.length !== node.data.length) continue;
		let rest: Text = node;
		let offset = 0;
		for (;;) {
			const hits = wanted.map((w) => ({ w, at: folded.indexOf(w, offset) })).filter((h) => h.at >= 0).sort((a, b) => a.at - b.at);
			const hit = hits[0];
			if (!hit) break;
			const start = hit.at - (folded.length - rest.data.length);
			const match = rest.splitText(start);
			rest = match.splitText(hit.w.length);
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			match.replaceWith(mark);
			mark.append(match);
			offset = hit.at + hit.w.length;
		}
	}
	for (const mention of marked) mention.classList.add('search-hit');
}
