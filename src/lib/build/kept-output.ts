import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realPath } from '../check/real-path';

/**
 * A rebuild keeps its output folder, so that Astro leaves the pages it skips
 * where they are instead of deleting every file and copying them back from
 * its cache (at 1000 articles that took longer than the pages it renders).
 * That is only right while the folder holds what the last build with the same
 * cache wrote: the cache folder records which output folder that was, and its
 * marker file's identity, and a build that finds another folder, or one that a
 * failed build may have half rewritten, empties it first.
 */
const STAMP = 'parallax-output.json';

interface Stamp {
	outDir: string;
	marker: { ino: number; mtimeMs: number; size: number };
}

function markerIdentity(marker: string): Stamp['marker'] | undefined {
	if (!existsSync(marker)) return undefined;
	const { ino, mtimeMs, size } = statSync(marker);
	return { ino, mtimeMs, size };
}

/** True when `outDir` is, unchanged, the folder the last successful build with `cacheDir` finished (its `marker` file untouched since). */
export function outputMatchesCache(outDir: string, cacheDir: string, marker: string): boolean {
	try {
		const stamp = JSON.parse(readFileSync(join(cacheDir, STAMP), 'utf8')) as Stamp;
		const now = markerIdentity(join(outDir, marker));
		return stamp.outDir === realPath(outDir) && now !== undefined && JSON.stringify(now) === JSON.stringify(stamp.marker);
	} catch {
		return false;
	}
}

/** Called when a build starts writing: until it succeeds, the output folder no longer matches the cache. */
export function forgetOutput(cacheDir: string): void {
	rmSync(join(cacheDir, STAMP), { force: true });
}

/** Called when a build has succeeded, after it wrote its marker into `outDir`. */
export function rememberOutput(outDir: string, cacheDir: string, marker: string): void {
	const identity = markerIdentity(join(outDir, marker));
	if (identity) writeFileSync(join(cacheDir, STAMP), JSON.stringify({ outDir: realPath(outDir), marker: identity } satisfies Stamp));
}

/** Deletes everything inside `dir` (which the caller has checked is a build's own), keeping `dir`. */
export function emptyFolder(dir: string): void {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * Deletes from a kept output folder what this build did not produce: files
 * not written since `since` (ms since the epoch) and not in `keep` (the pages
 * Astro kept in place), such as the page of a deleted article or a stylesheet
 * under an old hashed name; then the folders left empty. Returns the deleted
 * files, relative to `root`.
 */
export function pruneOutput(root: string, keep: ReadonlySet<string>, since: number): string[] {
	const removed: string[] = [];
	const walk = (dir: string): boolean => {
		let empty = true;
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (walk(path)) rmdirSync(path);
				else empty = false;
			} else if (!keep.has(path) && statSync(path).mtimeMs < since) {
				unlinkSync(path);
				removed.push(path.slice(root.length + 1));
			} else empty = false;
		}
		return empty;
	};
	walk(root);
	return removed;
}
