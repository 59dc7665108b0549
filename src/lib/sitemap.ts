/**
 * Sitemaps as sitemaps.org defines them (https://www.sitemaps.org/protocol.html):
 * one file holds at most 50,000 URLs and 50 MiB (52,428,800 bytes) uncompressed;
 * a larger site gets a sitemap index that lists several such files.
 */

/** The protocol's limits for one sitemap file. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 52_428_800 } as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
const TAIL = '</urlset>\n';

/**
 * Splits absolute URLs into the `<urlset>` documents that hold them, in order,
 * each within `limits` (URL count, and bytes of UTF-8 of the whole file).
 * One document when they fit in one. Throws only if a single URL alone is
 * larger than a file may be, which no real URL is.
 */
export function urlsets(urls: readonly string[], limits: { urls: number; bytes: number } = SITEMAP_LIMITS): string[] {
	const files: string[] = [];
	let lines: string[] = [];
	let bytes = Buffer.byteLength(HEAD + TAIL);
	const flush = () => {
		files.push(`${HEAD}${lines.join('')}${TAIL}`);
		lines = [];
		bytes = Buffer.byteLength(HEAD + TAIL);
	};
	for (const url of urls) {
		const line = `<url><loc>${escape(url)}</loc></url>\n`;
		const size = Buffer.byteLength(line);
		if (Buffer.byteLength(HEAD + TAIL) + size > limits.bytes) throw new Error(`A URL of ${size} bytes cannot fit in a sitemap of ${limits.bytes} bytes.`);
		if (lines.length > 0 && (lines.length + 1 > limits.urls || bytes + size > limits.bytes)) flush();
		lines.push(line);
		bytes += size;
	}
	if (lines.length > 0 || files.length === 0) flush();
	return files;
}

/** A `<sitemapindex>` that lists the given sitemap files' absolute URLs. */
export function sitemapIndex(locations: readonly string[]): string {
	const entries = locations.map((loc) => `<sitemap><loc>${escape(loc)}</loc></sitemap>\n`).join('');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`;
}
