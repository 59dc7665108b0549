/**
 * The reader's address of a passage, for a citation written at build time.
 * Absolute only when `PARALLAX_SITE` gives the site's real origin; otherwise
 * the path the page is served under (`/articles/x/#p3`), never the
 * placeholder origin, and the script fills in the address the page is served
 * from.
 */
export function citedReaderUrl(path: string, site: URL | undefined, configuredSite: string | undefined = process.env.PARALLAX_SITE): string {
	return configuredSite && site ? new URL(path, site).href : path;
}
