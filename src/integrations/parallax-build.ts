import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_MARKER, outputDirProblem } from '../lib/check/output-dir';

/** Every `id` on an HTML page that occurs more than once. */
export function duplicateIds(html: string): string[] {
	const seen = new Set<string>();
	const twice = new Set<string>();
	for (const match of html.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]*)"/g)) {
		const id = match[1]!;
		if (seen.has(id)) twice.add(id);
		seen.add(id);
	}
	return [...twice];
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
}

/**
 * Guards the build: before anything is written it refuses an output folder
 * that would cost data (see `outputDirProblem`); after the pages are written
 * it checks that no page has an id twice, and leaves the marker that lets the
 * next build empty this folder.
 */
export function parallaxBuild(options: { contentRoot: string }): AstroIntegration {
	let outDir = '';
	return {
		name: 'parallax-build',
		hooks: {
			'astro:config:done': ({ config, logger }) => {
				outDir = fileURLToPath(config.outDir);
				if (process.argv.includes('build')) {
					const problem = outputDirProblem({ projectRoot: fileURLToPath(config.root), outDir, contentRoot: options.contentRoot });
					if (problem) {
						logger.error(problem);
						process.exit(1);
					}
				}
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const problems: string[] = [];
				for (const file of htmlFiles(root)) {
					const ids = duplicateIds(readFileSync(file, 'utf8'));
					if (ids.length) problems.push(`${relative(root, file)}: ${ids.map((id) => `\`${id}\``).join(', ')}`);
				}
				writeFileSync(join(root, BUILD_MARKER), 'Written by a Parallax build. A later build may empty this folder.\n');
				if (problems.length) {
					logger.error(`These pages have an id more than once, so links to it are ambiguous:\n${problems.join('\n')}\nRename the claim or heading, or report it: ids are meant to be unique by construction.`);
					process.exit(1);
				}
			},
		},
	};
}
