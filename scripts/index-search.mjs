// The second half of `npm run build`: Pagefind indexes the passages that
// `astro build` left in the output folder (one record per paragraph), then the
// records file is removed. Run in its own process after Astro has exited, so
// the two never hold memory at the same time.
//
// Reads PARALLAX_OUT_DIR (default `dist`). It shares the
// output folder's lock with the Astro step (src/lib/check/build-lock.ts), so
// no other build can empty the folder while the index is written.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { lockOutputDir } from '../src/lib/check/build-lock.ts';

const outDir = resolve(process.env.PARALLAX_OUT_DIR ?? 'dist');
const { problem } = lockOutputDir(outDir);
if (problem) {
	console.error(problem);
	process.exit(1);
}
const file = join(outDir, '.parallax-search-records.json');
if (!existsSync(file)) {
	console.error(`No search records in ${outDir}: run \`astro build\` first (\`npm run build\` runs both).`);
	process.exit(1);
}
try {
	const records = JSON.parse(readFileSync(file, 'utf8'));
	// One index for all languages (each record also has a `language` filter), so a search from any page finds every source.
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	for (const record of records) {
		const added = await index.addCustomRecord({ url: record.url, content: record.content, language: 'en', meta: record.meta, filters: record.filters });
		if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
	}
	const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
	if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	await pagefind.close();
	console.log(`Search: ${records.length} passages indexed in ${join(outDir, 'pagefind')}.`);
} finally {
	rmSync(file, { force: true });
}
