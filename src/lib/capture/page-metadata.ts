/** One fact a page states about itself, with where it says so. */
export interface Stated {
	/** The value as the page gives it, trimmed. */
	value: string;
	/** Where it comes from, for the frontmatter's note: "`datePublished` in the page's JSON-LD". */
	from: string;
}

/** What a saved page states about itself. A field the page does not state is absent: nothing here is guessed. */
export interface PageMetadata {
	headline?: Stated;
	/** The publication date or date-time as written, such as `2025-02-10T14:03:00+03:00`. */
	published?: Stated;
	outlet?: Stated;
	url?: Stated;
	language?: Stated;
	author?: Stated;
	/** Other values the page gives for the same fields, when they differ from the chosen one, for the review list. */
	disagreements: string[];
}

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
const ARTICLE_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Article|BlogPosting|LiveBlogPosting|Report)$/;

function types(node: Json): string[] {
	if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
	const t = node['@type'];
	return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in a JSON-LD block, `@graph` and arrays flattened. */
function objects(node: Json): { [key: string]: Json }[] {
	if (Array.isArray(node)) return node.flatMap(objects);
	if (node === null || typeof node !== 'object') return [];
	const graph = node['@graph'];
	return [node, ...(graph === undefined ? [] : objects(graph))];
}

/** A name from a string, an object with `name`, or a list of them, joined with ", ". */
function nameOf(node: Json | undefined): string | undefined {
	if (typeof node === 'string') return node.trim() || undefined;
	if (Array.isArray(node)) {
		const names = node.map(nameOf).filter((n): n is string => n !== undefined);
		return names.length ? names.join(', ') : undefined;
	}
	if (node && typeof node === 'object' && typeof node.name === 'string') return node.name.trim() || undefined;
	return undefined;
}

function idOf(node: Json | undefined): string | undefined {
	if (typeof node === 'string') return node.trim() || undefined;
	if (node && typeof node === 'object' && !Array.isArray(node) && typeof node['@id'] === 'string') return node['@id'].trim() || undefined;
	return undefined;
}

function text(node: Json | undefined): string | undefined {
	return typeof node === 'string' && node.trim() ? node.trim() : undefined;
}

/** The JSON-LD article of a page: the first `NewsArticle` (or kin) in its `application/ld+json` blocks. */
function jsonLdArticle(document: Document, problems: string[]): { [key: string]: Json } | undefined {
	const found: { [key: string]: Json }[] = [];
	for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
		try {
			found.push(...objects(JSON.parse(script.textContent ?? '') as Json).filter((o) => types(o).some((t) => ARTICLE_TYPES.test(t))));
		} catch {
			problems.push('A JSON-LD block of the page is not valid JSON; it was not read.');
		}
	}
	return found.find((o) => types(o).some((t) => t.endsWith('NewsArticle'))) ?? found[0];
}

/**
 * Reads what a saved page states about itself, each with its source, in this
 * order of trust: the JSON-LD `NewsArticle` (schema.org), Open Graph and
 * `article:` meta tags, `<link rel="canonical">`, `<html lang>`, and the
 * "saved from url" comment browsers write when saving a page. The first
 * source that gives a field wins; any other that differs is listed in
 * `disagreements`.
 */
export function pageMetadata(document: Document, html: string): PageMetadata {
	const disagreements: string[] = [];
	const ld = jsonLdArticle(document, disagreements);
	const meta = (key: string): string | undefined => {
		for (const el of document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)) {
			const value = el.getAttribute('content')?.trim();
			if (value) return value;
		}
		return undefined;
	};
	const isAddress = (value: string) => /^https?:\/\//i.test(value);
	const pick = (field: string, candidates: [string | undefined, string][]): Stated | undefined => {
		const given = candidates.filter((c): c is [string, string] => c[0] !== undefined);
		const [first, ...rest] = given;
		if (!first) return undefined;
		for (const [value, from] of rest) if (value !== first[0]) disagreements.push(`${field}: ${from} gives ${JSON.stringify(value)}; ${first[1]} (used) gives ${JSON.stringify(first[0])}.`);
		return { value: first[0], from: first[1] };
	};
	const h1 = document.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
	const ldLanguage = ld?.inLanguage;
	const ogLocale = meta('og:locale')?.replace('_', '-');
	const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
	const articleAuthor = meta('article:author');
	return {
		headline: pick('headline', [
			[text(ld?.headline), "`headline` in the page's JSON-LD"],
			[meta('og:title'), "the page's `og:title` (Open Graph)"],
			[h1, "the page's `<h1>` heading"],
		]),
		published: pick('published', [
			[text(ld?.datePublished), "`datePublished` in the page's JSON-LD"],
			[meta('article:published_time'), "the page's `article:published_time` meta tag"],
			[document.querySelector('time[itemprop="datePublished"], article time[datetime]')?.getAttribute('datetime')?.trim() || undefined, "the `<time datetime>` of the article"],
		]),
		outlet: pick('outlet', [
			[nameOf(ld?.publisher), "`publisher.name` in the page's JSON-LD"],
			[meta('og:site_name'), "the page's `og:site_name` (Open Graph)"],
		]),
		url: pick('url', [
			[document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || undefined, 'the page\'s `<link rel="canonical">`'],
			[meta('og:url'), "the page's `og:url` (Open Graph)"],
			[text(ld?.url) ?? idOf(ld?.mainEntityOfPage), "`url` or `mainEntityOfPage` in the page's JSON-LD"],
			[savedFrom, 'the "saved from url" comment the browser wrote when saving the page'],
		]),
		language: pick('language', [
			[document.documentElement.getAttribute('lang')?.trim() || undefined, "the page's `<html lang>`"],
			[text(ldLanguage) ?? nameOf(ldLanguage), "`inLanguage` in the page's JSON-LD"],
			[ogLocale, "the page's `og:locale` (Open Graph)"],
		]),
		author: pick('author', [
			[nameOf(ld?.author), "`author` in the page's JSON-LD"],
			// `article:author` is often a profile's address, which is not a name.
			[articleAuthor && !isAddress(articleAuthor) ? articleAuthor : undefined, "the page's `article:author` meta tag"],
			[meta('author'), 'the page\'s `<meta name="author">`'],
		]),
		disagreements,
	};
}
