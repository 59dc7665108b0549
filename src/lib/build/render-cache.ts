import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A cache on disk, in the build's cache folder, of one article's rendering by
 * the content check (its anchored claims, marked names, cite fragments and
 * scoped copies): the most expensive step of a build, and the same from one
 * build to the next for every article an edit does not touch.
 *
 * An entry is found by a hash of everything the rendering reads (the
 * article's HTML and language, its claims' anchors with their notes, the
 * entities' names, its stories) and of Parallax's own code (`codeVersion`),
 * so that a changed input or a changed Parallax renders again. Entries this
 * build did not use are deleted when it ends (`finish`), so the folder holds
 * one build's worth.
 */
export interface RenderCache<T> {
	/** The key of these inputs (any JSON-serialisable value). */
	key(inputs: unknown): string;
	get(key: string): T | undefined;
	set(key: string, value: T): void;
	/** Deletes the entries this build did not use; returns how many were used from the last build. */
	finish(): { reused: number; rendered: number };
}

/**
 * A hash of Parallax's own code and locked dependencies: every file under
 * `src/`, `package-lock.json` and `astro.config.mjs` in `projectRoot`.
 * An entry made by other code is never used.
 */
export function codeVersion(projectRoot: string): string {
	const hash = createHash('sha256');
	const files = readdirSync(join(projectRoot, 'src'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.concat([join(projectRoot, 'package-lock.json'), join(projectRoot, 'astro.config.mjs')])
		.sort();
	for (const file of files) {
		hash.update(relative(projectRoot, file));
		hash.update('\0');
		try {
			hash.update(readFileSync(file));
		} catch {
			hash.update('(none)');
		}
		hash.update('\0');
	}
	return hash.digest('hex');
}

/** A render cache in `folder` (created when needed), for the code `version` (see `codeVersion`). */
export function diskRenderCache<T>(folder: string, version: string): RenderCache<T> {
	const used = new Set<string>();
	let reused = 0;
	let rendered = 0;
	const file = (key: string) => join(folder, `${key}.json`);
	return {
		key: (inputs) => createHash('sha256').update(version).update('\0').update(JSON.stringify(inputs)).digest('hex'),
		get(key) {
			try {
				const value = JSON.parse(readFileSync(file(key), 'utf8')) as T;
				used.add(key);
				reused++;
				return value;
			} catch {
				return undefined;
			}
		},
		set(key, value) {
			mkdirSync(folder, { recursive: true });
			writeFileSync(file(key), JSON.stringify(value));
			used.add(key);
			rendered++;
		},
		finish() {
			let names: string[] = [];
			try {
				names = readdirSync(folder);
			} catch {
				// No folder: nothing was cached.
			}
			for (const name of names) if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(folder, name), { force: true });
			return { reused, rendered };
		},
	};
}
