/**
 * Search, an enhancement: the form in the header is hidden until this runs.
 * Pagefind's indexes (built by `npm run build`, one record per paragraph, one
 * bundle per language in `pagefind/<lang>/`, listed in `pagefind/languages.json`)
 * are loaded on first use. A query runs in every language's bundle, each with
 * its own stemming and word splitting, and the results are merged by score.
 * Each result links to its paragraph (`#p<n>`), and the filters narrow by
 * outlet, story, event and language.
 */
interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The record's whole indexed text: the passage, then (when it names anyone) its names, `Names: …` (search-names.ts). */
	content: string;
	meta: { title?: string; names?: string; nameIndex?: string };
}
interface PagefindResult {
	score: number;
	data(): Promise<PagefindResultData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>('[data-search]');
if (form) {
	const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
	const results = form.querySelector<HTMLOListElement>('[data-search-results]')!;
	const status = form.querySelector<HTMLElement>('[data-search-status]')!;
	const filterBox = form.querySelector<HTMLElement>('[data-search-filters]')!;
	const base = form.dataset.base ?? '/';
	const FILTERS: [string, string][] = [['outlet', 'Outlet'], ['story', 'Story'], ['event', 'Event'], ['language', 'Language']];
	let loading: Promise<Pagefind[]> | undefined;
	const pagefind = () =>
		(loading ??= (async () => {
			const languages = (await (await fetch(`${base}pagefind/languages.json`)).json()) as string[];
			// Each bundle is its own module (its own URL), so each keeps its own language.
			const modules = await Promise.all(languages.map((language) => import(/* @vite-ignore */ `${base}pagefind/${language}/pagefind.js`) as Promise<Pagefind>));
			const available: Record<string, Set<string>> = {};
			for (const module of modules) {
				// Result URLs already carry the base path.
				// `highlightParam` adds the searched words to each result's URL (`?highlight=…`), so the landed paragraph can show them (highlight.ts).
				await module.options({ baseUrl: '/', excerptLength: 24, highlightParam: 'highlight' });
				for (const [name, values] of Object.entries(await module.filters())) for (const value of Object.keys(values)) (available[name] ??= new Set()).add(value);
			}
			for (const [name, label] of FILTERS) {
				const values = [...(available[name] ?? [])].sort();
				if (values.length < 2) continue;
				const select = document.createElement('select');
				select.name = name;
				select.append(new Option(`Any ${label.toLowerCase()}`, ''), ...values.map((value) => new Option(value, value)));
				select.addEventListener('change', () => void run());
				const wrap = document.createElement('label');
				wrap.append(`${label} `, select);
				filterBox.append(wrap);
			}
			return modules;
		})());

	/** Pagefind's excerpt with only its own `<mark>` highlights kept as markup. */
	const excerpt = (html: string) => {
		const p = document.createElement('p');
		for (const [i, part] of html.split(/<\/?mark>/).entries()) {
			// A textarea decodes the entities of its HTML and keeps every space, and never builds elements from it.
			const decoder = document.createElement('textarea');
			decoder.innerHTML = part;
			const text = document.createTextNode(decoder.value);
			if (i % 2) {
				const mark = document.createElement('mark');
				mark.append(text);
				p.append(mark);
			} else p.append(text);
		}
		return p;
	};

	/**
	 * The excerpt to show: Pagefind's, when it is the passage's own words; when
	 * the match was only in the names appended for search, the passage's first
	 * words instead, so a result never shows generated text as the source's.
	 */
	const ownExcerpt = (item: PagefindResultData) => {
		const cut = item.content.lastIndexOf('Names: ');
		if (!item.meta.names || cut < 0) return excerpt(item.excerpt);
		const space = (text: string) => text.replace(/\s+/g, ' ').trim();
		const own = space(item.content.slice(0, cut));
		const lead = () => {
			const p = document.createElement('p');
			const words = own.split(' ');
			p.textContent = words.length > 24 ? `${words.slice(0, 24).join(' ')} …` : own;
			return p;
		};
		// An excerpt that runs on into the names stops before them.
		const at = item.excerpt.indexOf('Names: ');
		if (at >= 0) return space(item.excerpt.slice(0, at).replace(/<\/?mark>/g, '')) ? excerpt(`${item.excerpt.slice(0, at).trimEnd()} …`) : lead();
		// One that lies wholly in the names (Pagefind trims and joins words its own way, so it is placed by its first words).
		const probe = space(excerpt(item.excerpt).textContent ?? '').split(' ').slice(0, 4).join(' ');
		return space(item.content.slice(cut)).includes(probe) && !own.includes(probe) ? lead() : excerpt(item.excerpt);
	};

	/** Adds `entity=<id>` for each entity of the passage that the query names in any spelling, so the landed paragraph can mark "Roni Krivoi" for "Krivoy". */
	const withEntities = (url: string, query: string, nameIndex: string | undefined) => {
		if (!nameIndex) return url;
		const words = query.toLowerCase().split(/\s+/).filter(Boolean);
		const target = new URL(url, window.location.href);
		for (const entry of nameIndex.split(';')) {
			const [id = '', names = ''] = entry.split('=');
			if (names.split('|').some((name) => words.some((word) => name.split(/\s+/).includes(word)))) target.searchParams.append('entity', id);
		}
		return `${target.pathname}${target.search}${target.hash}`;
	};

	let latest = 0;
	const run = async () => {
		const query = input.value.trim();
		const ticket = ++latest;
		if (!query) {
			results.replaceChildren();
			status.textContent = '';
			return;
		}
		const modules = await pagefind();
		const filters: Record<string, string> = {};
		for (const select of filterBox.querySelectorAll('select')) if (select.value) filters[select.name] = select.value;
		const found = { results: (await Promise.all(modules.map((module) => module.search(query, { filters })))).flatMap((r) => r.results).sort((a, b) => b.score - a.score) };
		const data = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
		if (ticket !== latest) return;
		results.replaceChildren(
			...data.map((item) => {
				const li = document.createElement('li');
				const link = document.createElement('a');
				link.href = withEntities(item.url, query, item.meta.nameIndex);
				link.textContent = item.meta.title ?? item.url;
				li.append(link, ownExcerpt(item));
				if (item.meta.names) {
					const names = document.createElement('p');
					names.className = 'search-names';
					names.textContent = `Names: ${item.meta.names}`;
					li.append(names);
				}
				return li;
			}),
		);
		const n = found.results.length;
		status.textContent = n === 0 ? 'No passage found.' : `${n} passage${n === 1 ? '' : 's'} found${n > 8 ? '; the first 8 are shown' : ''}.`;
	};

	const toggle = form.querySelector<HTMLButtonElement>('.search-toggle')!;
	const panel = form.querySelector<HTMLElement>('.search-panel')!;
	const setOpen = (open: boolean) => {
		panel.hidden = !open;
		toggle.setAttribute('aria-expanded', String(open));
		if (open) input.focus();
	};
	toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
	// The panel closes on Esc wherever focus is, when focus moves out of it, and on a click elsewhere.
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !panel.hidden) {
			setOpen(false);
			toggle.focus();
		}
	});
	form.addEventListener('focusout', (event) => {
		const next = event.relatedTarget as Node | null;
		if (next && !form.contains(next)) setOpen(false);
	});
	document.addEventListener('pointerdown', (event) => {
		if (!panel.hidden && !form.contains(event.target as Node)) setOpen(false);
	});

	let timer = 0;
	input.addEventListener('input', () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => void run(), 150);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	form.hidden = false;
}
