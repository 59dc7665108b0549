import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether a rebuild can keep the search index the last build left in the
 * output folder: indexing every article again costs more than the pages a
 * claim edit renders (about 3 s at 1000 articles). It may when the records
 * to index are the same as last time (most edits change claims, not the
 * text or names), the code that indexes them is the same, and that
 * index was completed: `scripts/index-search.mjs` writes
 * `pagefind/languages.json` last, after every bundle.
 */
const STAMP = 'parallax-search.json';

/** Flag the build leaves for `scripts/index-search.mjs` (which names the same file) instead of the records when the index is kept. */
export const SEARCH_KEPT_FILE = '.parallax-search-kept';

/** A hash of the records to index (their JSON, as handed to the indexer) and of the indexing code's version. */
export function searchKey(recordsJson: string, codeVersion: string): string {
	return createHash('sha256').update(codeVersion).update('\0').update(recordsJson).digest('hex');
}

/** True when `outDir` (kept from the last build with `cacheDir`) holds a complete index of the records with this key. */
export function searchIndexKept(outDir: string, cacheDir: string, key: string): boolean {
	try {
		const stamp = JSON.parse(readFileSync(join(cacheDir, STAMP), 'utf8')) as { key: string; at: number };
		const languages = join(outDir, 'pagefind', 'languages.json');
		return stamp.key === key && existsSync(languages) && statSync(languages).mtimeMs >= stamp.at;
	} catch {
		return false;
	}
}

/** Records the key of the records this build hands to the indexer; its index counts as complete once `languages.json` is newer. */
export function rememberSearchKey(cacheDir: string, key: string): void {
	writeFileSync(join(cacheDir, STAMP), JSON.stringify({ key, at: Date.now() }));
}
