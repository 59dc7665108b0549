/**
 * Every `id` on an HTML page that occurs more than once. One pass over the
 * page: each start tag is read up to its `>` and never read again, so text
 * such as a title of many `<a` costs as much as its length (a pattern that
 * searched forward from every `<` took minutes on a 200 KB title).
 */
export function duplicateIds(html: string): string[] {
	const seen = new Set<string>();
	const twice = new Set<string>();
	let at = html.indexOf('<');
	while (at !== -1) {
		const close = html.indexOf('>', at + 1);
		if (close === -1) break;
		if (/[a-zA-Z]/.test(html[at + 1] ?? '')) {
			const id = /\sid="([^"]*)"/.exec(html.slice(at, close))?.[1];
			if (id !== undefined) {
				if (seen.has(id)) twice.add(id);
				seen.add(id);
			}
		}
		at = html.indexOf('<', close + 1);
	}
	return [...twice];
}
