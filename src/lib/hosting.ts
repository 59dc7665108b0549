/**
 * What static hosts read besides the pages. The Content-Security-Policy is the
 * one every page is built for: no inline script or style anywhere, so nothing
 * but the site's own files runs.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	// Pagefind's search runs as WebAssembly, which browsers compile only with 'wasm-unsafe-eval' (it allows no JavaScript eval).
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'",
].join('; ');

/** The media type of the W3C Web Annotation exports. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

/**
 * `_headers` as Netlify and Cloudflare Pages read it: the security headers on
 * every path under the base, and the media types of the exports.
 */
export function headersFile(base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return [
		`${root}*`,
		`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		`${root}*.jsonld`,
		`  Content-Type: ${ANNOTATION_MEDIA_TYPE}`,
		`${root}*.csl.json`,
		'  Content-Type: application/vnd.citationstyles.csl+json; charset=utf-8',
		`${root}*.bib`,
		'  Content-Type: application/x-bibtex; charset=utf-8',
		'',
	].join('\n');
}

/**
 * Addresses that moved, as `[from] [to] [status]` lines, the placeholder
 * syntax Cloudflare Pages and Netlify share in `_redirects`: each source's
 * citation files (`/articles/<id>/citation.bib`, `…/citation.csl.json`)
 * became the Cite section of its page (`/articles/<id>/#cite`), which shows
 * and downloads both, so the site has no per-article files beyond the page
 * (hosts limit the number of files). Two dynamic rules whatever the corpus
 * size (Cloudflare Pages allows 100 per site). Hosts that do not read the file
 * serve the 404 page, which says where the citations went.
 */
export function redirectsFile(base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	return [`${root}articles/:id/citation.bib ${root}articles/:id/#cite 301`, `${root}articles/:id/citation.csl.json ${root}articles/:id/#cite 301`, ''].join('\n');
}
