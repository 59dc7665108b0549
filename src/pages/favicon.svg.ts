import type { APIRoute } from 'astro';

/** The site's icon: two offset columns, as the compare view sets sources side by side. Linked from every page with the base path. */
export const GET: APIRoute = () =>
	new Response(
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4ed8"/><rect x="7" y="6" width="8" height="20" rx="1.5" fill="#fff"/><rect x="17" y="9" width="8" height="17" rx="1.5" fill="#fde68a"/></svg>\n',
		{ headers: { 'Content-Type': 'image/svg+xml' } },
	);
