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
