import type { Page } from '@playwright/test';

/** Every page of the built site, found by following its links from the home page. */
export async function crawl(page: Page): Promise<string[]> {
	const seen = new Set<string>(['/']);
	const queue = ['/'];
	while (queue.length) {
		const path = queue.shift()!;
		await page.goto(path);
		const hrefs = await linksOn(page);
		for (const href of hrefs) {
			const url = new URL(href);
			if (url.origin !== new URL(page.url()).origin || !url.pathname.endsWith('/')) continue;
			if (!seen.has(url.pathname)) {
				seen.add(url.pathname);
				queue.push(url.pathname);
			}
		}
	}
	return [...seen].sort();
}

/** Every link's absolute address on the current page, SVG links included (their `href` is not a string). */
export function linksOn(page: Page, selector = 'a[href]'): Promise<string[]> {
	return page.$$eval(selector, (links) => links.map((a) => new URL(a.getAttribute('href') ?? '', window.location.href).href));
}
