/**
 * Search, an enhancement, loaded when a reader first opens the form that
 * `search-form.ts` adds to the header.
 * Pagefind's indexes (built by `npm run build`, one record per article with an
 * anchor per paragraph, one bundle per language in `pagefind/<lang>/`, listed
 * in `pagefind/languages.json`) are loaded on first use. A query runs in every
 * language's bundle, each with its own stemming and word splitting, and the
 * results are merged by score. Each result is an article, with the paragraphs
 * that hold the hits listed under it, each linking to its paragraph (`#p<n>`);
 * the filters narrow by outlet, story, event and language.
 */
interface PagefindSubResult {
	url: string;
	excerpt: string;
	anchor?: { id: string; location: number };
}
interface PagefindResultData {
	url: string;
	/** The article's indexed words, `<` and `>` escaped; Chinese and Japanese words split by zero-width spaces. */
	raw_content: string;
	/** Each paragraph's anchor (`p<n>`) and names block's anchor (`n<n>`), with the word it starts at (search-records.ts). */
	anchors: { id: string; location: number }[];
	/** One per anchor that holds a hit, in page order, its excerpt kept inside the anchor's words. */
	sub_results: PagefindSubResult[];
	/** `names`: JSON, by paragraph number, whose name each written form is (search-names.ts); `nameIndex`: each entity's names, for the landing highlight. */
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

	/** A paragraph's first words, for a hit only in the names indexed after it, so a result never shows that generated list as the source's words. */
	const lead = (item: PagefindResultData, n: string) => {
		const at = item.anchors.findIndex((a) => a.id === `p${n}`);
		const zws = item.raw_content.includes('\u200B');
		// Pagefind's own word split, so the anchors' word positions apply.
		const words = item.raw_content.split(zws ? '\u200B' : /[^\S\uFEFF]+/).slice(item.anchors[at]?.location ?? 0, item.anchors[at + 1]?.location);
		return `${words.slice(0, 24).join(zws ? '' : ' ')}${words.length > 24 ? ' …' : ''}`;
	};

	/** The paragraphs of a result that hold a hit, in page order: each its number, link (`#p<n>`) and excerpt, which never runs into the names list. */
	const passages = (item: PagefindResultData) => {
		const found = new Map<string, { url: string; excerpt?: string }>();
		for (const sub of item.sub_results) {
			const id = sub.anchor?.id ?? '';
			if (!/^[pn]\d+$/.test(id)) continue;
			const n = id.slice(1);
			const entry = found.get(n) ?? { url: sub.url.replace(/#.*$/, `#p${n}`) };
			if (id[0] === 'p') entry.excerpt = sub.excerpt;
			found.set(n, entry);
		}
		return [...found].map(([n, { url, excerpt }]) => ({ n, url, excerpt: excerpt ?? lead(item, n) }));
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
				const link = (url: string, text: string) => {
					const a = document.createElement('a');
					a.href = withEntities(url, query, item.meta.nameIndex);
					a.textContent = text;
					return a;
				};
				const hits = passages(item);
				const shown = hits.slice(0, 3);
				li.append(link(hits[0]?.url ?? item.url, item.meta.title ?? item.url));
				for (const passage of shown) {
					const p = excerpt(passage.excerpt);
					const to = link(passage.url, `¶ ${passage.n}`);
					to.setAttribute('aria-label', `Paragraph ${passage.n}`);
					p.prepend(to, ' ');
					li.append(p);
				}
				const note = (className: string, text: string) => {
					const p = document.createElement('p');
					p.className = className;
					p.textContent = text;
					li.append(p);
				};
				const more = hits.length - shown.length;
				if (more) note('search-more', `and ${more} more paragraph${more === 1 ? '' : 's'}`);
				const byParagraph = JSON.parse(item.meta.names ?? '{}') as Record<string, string>;
				const names = [...new Set(shown.flatMap((passage) => byParagraph[passage.n]?.split('; ') ?? []))];
				if (names.length) note('search-names', `Names: ${names.join('; ')}`);
				return li;
			}),
		);
		const n = found.results.length;
		status.textContent = n === 0 ? 'No passage found.' : `${n} article${n === 1 ? '' : 's'} found${n > 8 ? '; the first 8 are shown' : ''}.`;
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

// A module of its own, which `search-form.ts` imports when the panel is first opened.
export {};
