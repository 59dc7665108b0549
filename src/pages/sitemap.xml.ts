import type { APIRoute } from 'astro';
import { getCorpus } from '../lib/corpus/corpus';
import { articlePath, eventPath, storyComparePath, storyEventsPath, storyPath, withBase } from '../lib/paths';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Every page of the site, by its canonical address (https://www.sitemaps.org/protocol.html). */
export const GET: APIRoute = async ({ site }) => {
	const corpus = await getCorpus();
	const paths = [
		withBase(''),
		...(corpus.primary ? [] : [withBase('compare/'), withBase('events/')]),
		...corpus.stories.flatMap((s) => [storyPath(s.id), storyComparePath(s.id), storyEventsPath(s.id)]),
		...corpus.events.map((e) => eventPath(e.id)),
		...corpus.articles.map((a) => articlePath(a.id)),
	];
	const urls = paths.map((path) => `<url><loc>${escape(new URL(path, site).href)}</loc></url>`).join('\n');
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`, { headers: { 'Content-Type': 'application/xml' } });
};
