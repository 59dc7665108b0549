// The second half of `npm run build`: Pagefind indexes the articles that
// `astro build` left in the output folder (one record per article, a small HTML
// page with an anchor per paragraph, src/lib/export/search-records.ts), then the
// records file is removed. Run in its own process after Astro has exited, so
// the two never hold memory at the same time.
//
// Each article is indexed in its source's language, so Pagefind stems Russian
// and Arabic words and splits Chinese and Japanese text into words. Pagefind
// searches one language per bundle (it picks the index by the page's
// `<html lang>`), so each language gets its own bundle, `pagefind/<lang>/`,
// and `pagefind/languages.json` lists them; the search box queries every
// bundle and merges the results by score, so it still searches across
// languages.
//
// Reads PARALLAX_OUT_DIR (default `dist`). It shares the
// output folder's lock with the Astro step (src/lib/check/build-lock.ts), so
// no other build can empty the folder while the index is written.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { lockOutputDir } from '../src/lib/check/build-lock.ts';

const outDir = resolve(process.env.PARALLAX_OUT_DIR ?? 'dist');
const { problem } = lockOutputDir(outDir);
if (problem) {
	console.error(problem);
	process.exit(1);
}
// The build found the records the same as those the index in `pagefind/` was made from, and kept it (src/lib/build/search-index.ts).
const kept = join(outDir, '.parallax-search-kept');
if (existsSync(kept)) {
	rmSync(kept);
	console.log('Search: the records are unchanged since the last build; its index is kept.');
	process.exit(0);
}
const file = join(outDir, '.parallax-search-records.json');
if (!existsSync(file)) {
	console.error(`No search records in ${outDir}: run \`astro build\` first (\`npm run build\` runs both).`);
	process.exit(1);
}

/**
 * Pagefind writes one fragment file per record (an article's text, anchors,
 * metadata) unless told a maximum, past which it groups them. Four articles
 * to a file keep the search's share of the site's files near a quarter per
 * article, while a result still loads little (four articles, about 8 KB
 * gzipped, for a corpus of 600-word articles).
 */
const ARTICLES_PER_FILE = 4;

/** The files of Pagefind's bundle that the site never loads. */
const UNUSED = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

/** Pagefind's language for a BCP 47 tag: its primary subtag, lower case (`ar-EG` → `ar`, `zh-Hant` → `zh`). */
function indexLanguage(tag) {
	return String(tag ?? 'en').split('-')[0].toLowerCase() || 'en';
}

try {
	const records = JSON.parse(readFileSync(file, 'utf8'));
	const byLanguage = Map.groupBy(records, (record) => indexLanguage(record.language));
	// Code-unit order, so the list (and the output) is the same on every machine.
	const languages = [...byLanguage.keys()].sort();
	const root = join(outDir, 'pagefind');
	mkdirSync(root, { recursive: true });
	for (const language of languages) {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: language, maxFragments: Math.ceil(byLanguage.get(language).length / ARTICLES_PER_FILE) });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		for (const record of byLanguage.get(language)) {
			const added = await index.addHTMLFile({ url: record.url, content: record.html });
			if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath: join(root, language) });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		// Pagefind's own interfaces and highlighter: the site has its own (src/scripts/search.ts, highlight.ts), so they are not published.
		for (const name of UNUSED) rmSync(join(root, language, name), { force: true });
		await index.deleteIndex();
	}
	writeFileSync(join(root, 'languages.json'), `${JSON.stringify(languages)}\n`);
	await pagefind.close();
	console.log(`Search: ${records.length} articles indexed in ${root}, in ${languages.length === 1 ? 'one language' : `${languages.length} languages`} (${languages.join(', ')}).`);
} finally {
	rmSync(file, { force: true });
}
