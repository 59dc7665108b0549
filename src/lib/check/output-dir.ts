import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { realPath } from './real-path';

/** The file every Parallax build leaves in its output folder; a folder without it was not built by Parallax. */
export const BUILD_MARKER = '.parallax-build';

/** The project's own folders, which no build may write into. */
const PROJECT_FOLDERS = ['src', 'tests', 'scripts', 'public', '.git', '.ci', 'node_modules'];

function within(inner: string, outer: string): boolean {
	return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
}

/**
 * Why a build must not write to `outDir`, or `undefined` when it may. A build
 * empties its output folder before writing, or deletes at its end every file
 * it did not write (src/lib/build/kept-output.ts), so the folder must not be, hold
 * or lie inside the content or the project's source, and a non-empty folder
 * must carry the marker of an earlier Parallax build.
 */
export function outputDirProblem(options: { projectRoot: string; outDir: string; contentRoot: string }): string | undefined {
	const project = realPath(options.projectRoot);
	const out = realPath(options.outDir);
	const content = realPath(options.contentRoot);
	const fix = 'Set `PARALLAX_OUT_DIR` to a new or empty folder outside the content and the source, such as `dist/`.';
	if (within(out, content) || within(content, out)) {
		return `The output folder ${out} ${out === content ? 'is' : within(out, content) ? 'lies inside' : 'contains'} the content folder ${content}. A build empties its output folder first, so it would delete the content. ${fix}`;
	}
	if (within(project, out)) return `The output folder ${out} ${out === project ? 'is' : 'contains'} the project ${project}. A build empties its output folder first, so it would delete the project. ${fix}`;
	for (const folder of PROJECT_FOLDERS) {
		const own = join(project, folder);
		if (within(out, own)) return `The output folder ${out} lies inside the project's \`${folder}/\`. A build empties its output folder first, so it would delete files there. ${fix}`;
	}
	if (existsSync(out)) {
		if (!statSync(out).isDirectory()) return `The output folder ${out} is a file, not a folder. ${fix}`;
		const entries = readdirSync(out);
		// Astro means to keep a `.git` in the output folder, but its skip list is `new Set(".git")`, a set of four characters, so it deletes it.
		if (entries.includes('.git')) {
			return `The output folder ${out} holds a \`.git\` folder, such as a deploy checkout. A build empties its output folder first, so it would delete that repository. Build into a folder of its own and copy the site into the checkout (\`rsync -a --delete --exclude .git dist/ checkout/\`), or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`;
		}
		if (entries.length > 0 && !entries.includes(BUILD_MARKER)) {
			return `The output folder ${out} holds ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}) that no Parallax build wrote: it has no \`${BUILD_MARKER}\` file. A build empties its output folder first, so they would be deleted. Move them away or delete them yourself, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}`;
		}
	}
	return undefined;
}

/**
 * Why Astro's cache must not go to `cacheDir`, or `undefined`: the cache is
 * rewritten on every build, so it must not lie in the content folder.
 */
export function cacheDirProblem(options: { cacheDir: string; contentRoot: string }): string | undefined {
	const cache = realPath(options.cacheDir);
	const content = realPath(options.contentRoot);
	if (!within(cache, content)) return undefined;
	return `The cache folder ${cache} ${cache === content ? 'is' : 'lies inside'} the content folder ${content}. A build writes Astro's cache (\`data-store.json\`) there, which is not content. Set \`PARALLAX_CACHE_DIR\` to a folder outside the content, or leave it unset.`;
}
