/**
 * A `data:` URL holding `text` (UTF-8, base64), for a link that downloads a
 * file the page already carries (`<a download href=…>`), with no file on the
 * host and no script. Base64 rather than percent-encoding: JSON and BibTeX are
 * mostly quotes, braces and spaces, which percent-encoding triples, so base64
 * (4 bytes for 3) is the shorter. A link's navigation is not a fetch, so the
 * site's Content-Security-Policy (`hosting.ts`) does not govern it.
 */
export function dataUrl(mediaType: string, text: string): string {
	return `data:${mediaType};charset=utf-8;base64,${Buffer.from(text, 'utf8').toString('base64')}`;
}
