import { existsSync, readdirSync } from 'node:fs';

/**
 * The content files in `dir` (searched recursively) whose names end in one of
 * `extensions`, as paths relative to `dir`, sorted. This is the one place
 * Parallax lists content files: the content check and the collections'
 * loaders both read exactly what it returns. A missing folder has none.
 */
export function listContentFiles(dir: string, extensions: readonly string[]): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => extensions.some((ext) => name.endsWith(ext)))
		.sort();
}
