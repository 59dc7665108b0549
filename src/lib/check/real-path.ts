import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The real path of `path`, even when it does not exist yet: the deepest
 * existing ancestor is resolved through its symlinks and the rest appended,
 * so `link/new-folder` where `link` points into the content is seen as inside
 * the content.
 */
export function realPath(path: string): string {
	const absolute = resolve(path);
	const missing: string[] = [];
	let existing = absolute;
	for (;;) {
		try {
			return join(realpathSync(existing), ...missing.reverse());
		} catch {
			const parent = dirname(existing);
			if (parent === existing) return absolute;
			missing.push(basename(existing));
			existing = parent;
		}
	}
}
