import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, type MarkdownResult } from '../lib/check/check-content';
import { displayFrom } from '../lib/check/load-content';
import { lockOutputDir } from '../lib/check/build-lock';
import { duplicateIds } from '../lib/check/duplicate-ids';
import { BUILD_MARKER, cacheDirProblem, outputDirProblem } from '../lib/check/output-dir';
import { formatProblems } from '../lib/corpus/content-problems';
import { handoffFor } from '../lib/corpus/render-corpus';
import { headersFile, redirectsFile } from '../lib/hosting';
import { codeVersion, diskRenderCache } from '../lib/build/render-cache';
import type { ArticleRendering } from '../lib/corpus/render-corpus';
import { rememberSearchKey, SEARCH_KEPT_FILE, searchIndexKept, searchKey } from '../lib/build/search-index';
import { emptyFolder, forgetOutput, outputMatchesCache, pruneOutput, rememberOutput } from '../lib/build/kept-output';

/**
 * A new folder for this build's temporary files, `<project>/.astro/build-<pid>/`.
 * Folders that builds which no longer run left behind are removed first.
 */
function ownWorkFolder(projectRoot: string): string {
	const parent = join(projectRoot, '.astro');
	mkdirSync(parent, { recursive: true });
	for (const name of readdirSync(parent)) {
		const pid = /^build-(\d+)$/.exec(name)?.[1];
		if (pid === undefined || Number(pid) === process.pid) continue;
		try {
			process.kill(Number(pid), 0);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(parent, name), { recursive: true, force: true });
		}
	}
	const own = join(parent, `build-${process.pid}`);
	mkdirSync(own, { recursive: true });
	return own;
}

const MARKER_TEXT = 'Written by a Parallax build. A later build may empty this folder.\n';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
}

/** Where the build leaves the search records for `scripts/index-search.mjs` (which names the same file), inside the output folder until it has indexed them. */
const SEARCH_RECORDS_FILE = '.parallax-search-records.json';

/**
 * Guards the build: before anything is written it refuses an output folder
 * that would cost data (see `outputDirProblem`); after the pages are written
 * it checks that no page has an id twice, and leaves the marker that lets the
 * next build empty this folder.
 */
export function parallaxBuild(options: { contentRoot: string; siteIsPlaceholder: boolean }): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let base = '/';
	// When this build started writing: files in the output folder older than this are the last build's.
	let writingSince = 0;
	// Parallax's code version (`codeVersion`), for the content check's cache and the search index's.
	let version = '';
	let cwdBefore: string | undefined;
	let projectRootUrl = new URL('file:///');
	return {
		name: 'parallax-build',
		hooks: {
			'astro:config:done': async ({ config, logger }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
				projectRootUrl = config.root;
				if (!process.argv.includes('build')) return;
				const problem =
					outputDirProblem({ projectRoot: fileURLToPath(config.root), outDir, contentRoot: options.contentRoot }) ??
					cacheDirProblem({ cacheDir: fileURLToPath(config.cacheDir), contentRoot: options.contentRoot }) ??
					// One build at a time per output folder: two would leave pages of both.
					lockOutputDir(outDir).problem;
				if (problem) {
					logger.error(problem);
					process.exit(1);
				}
				// Pages are rendered after the working folder may have changed (see `astro:build:start`), so the content folder is made absolute now.
				process.env.PARALLAX_CONTENT = resolve(options.contentRoot);
				// Astro does not empty the output folder (`emptyOutDir: false`): pages it skips stay in place, and what this
				// build does not write is pruned when it ends. A folder the cache does not know is emptied here instead.
				if (!outputMatchesCache(outDir, cacheDir, BUILD_MARKER)) emptyFolder(outDir);
				forgetOutput(cacheDir);
				writingSince = Date.now();
				// From here the folder is this build's, even if the build fails halfway: mark it so the next build may empty it.
				mkdirSync(outDir, { recursive: true });
				writeFileSync(join(outDir, BUILD_MARKER), MARKER_TEXT);
				// The content check runs before Astro reads any content, in this process: its messages are
				// Parallax's own (file, line, field, fix; no stack trace), and its rendering is handed over.
				const started = performance.now();
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				if (options.siteIsPlaceholder) {
					logger.warn(`PARALLAX_SITE is not set: canonical URLs, the sitemap and the exports will carry the placeholder ${config.site}. Set PARALLAX_SITE to the address the site is served from (copied citations use the served address anyway).`);
				}
				// Articles whose inputs and Parallax's code are unchanged since the last build are not rendered again.
				version = codeVersion(fileURLToPath(config.root));
				const renderCache = diskRenderCache<ArticleRendering>(join(cacheDir, 'parallax-render'), version);
				const markdownCache = diskRenderCache<MarkdownResult>(join(cacheDir, 'parallax-markdown'), version);
				const { content, problems } = await checkContent(options.contentRoot, displayFrom(), base, { markdown: markdownCache, render: renderCache });
				if (problems.length) {
					process.stderr.write(`\n${formatProblems(problems)}\n`);
					process.exit(1);
				}
				const { reused } = renderCache.finish();
				markdownCache.finish();
				logger.info(`Content check: ${content.articles.length} articles, ${content.events.length} events, ${content.stories.length || 1} ${content.stories.length === 1 ? 'story' : 'stories'}; no problems${reused ? `; ${reused} ${reused === 1 ? 'article' : 'articles'} as rendered by the last build` : ''} (${((performance.now() - started) / 1000).toFixed(2)} s).`);
			},
			'astro:build:start': () => {
				// Astro renders pages from a temporary bundle in `<outDir>/.prerender/`, but when the output folder is
				// outside the working folder it uses `<cwd>/.astro/.prerender/` instead (`getOutDirWithinCwd` in
				// astro/dist/core/build/common.js), which two builds at once share and delete under each other.
				// The bundle must stay inside the project to find its packages, so each build works from a folder
				// of its own in the project's `.astro/`, removed when the build ends.
				if (!(outDir.startsWith(process.cwd() + sep) || outDir === process.cwd())) {
					cwdBefore = process.cwd();
					const own = ownWorkFolder(fileURLToPath(projectRootUrl));
					process.chdir(own);
					process.once('exit', () => rmSync(own, { recursive: true, force: true }));
				}
			},
			'astro:build:done': async ({ dir, assets, logger }) => {
				if (cwdBefore !== undefined) process.chdir(cwdBefore);
				const root = fileURLToPath(dir);
				writeFileSync(join(root, BUILD_MARKER), MARKER_TEXT);
				// Pagefind indexes them in its own process after Astro has exited (`npm run build` runs it), so the two never hold memory at once.
				const records = handoffFor(resolve(options.contentRoot), base)?.searchRecords ?? [];
				const recordsJson = JSON.stringify(records);
				// The index of the last build is kept when it was made from the same records by the same code (src/lib/build/search-index.ts).
				const key = searchKey(recordsJson, `${version}\0${readFileSync(join(fileURLToPath(projectRootUrl), 'scripts/index-search.mjs'), 'utf8')}`);
				const keepIndex = searchIndexKept(root, cacheDir, key);
				if (keepIndex) {
					rmSync(join(root, SEARCH_RECORDS_FILE), { force: true });
					logger.info(`Search: the ${records.length} articles are those the last build indexed; its index is kept.`);
				} else {
					writeFileSync(join(root, SEARCH_RECORDS_FILE), recordsJson);
					rememberSearchKey(cacheDir, key);
					logger.info(`Search: ${records.length} articles to index (scripts/index-search.mjs).`);
				}
				// Netlify and Cloudflare Pages read `_headers` and `_redirects`; Astro skips pages whose name starts with `_`, so they are written here.
				writeFileSync(join(root, '_headers'), headersFile(base));
				writeFileSync(join(root, '_redirects'), redirectsFile(base));
				// The pages of this build, including those Astro skipped and left in place; anything else older than the build is stale.
				const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
				if (keepIndex) for (const name of readdirSync(join(root, 'pagefind'), { recursive: true, encoding: 'utf8' })) pages.add(join(root, 'pagefind', name));
				const pruned = pruneOutput(root, pages, writingSince);
				if (keepIndex) writeFileSync(join(root, SEARCH_KEPT_FILE), '');
				if (pruned.length) logger.info(`Removed ${pruned.length} ${pruned.length === 1 ? 'file' : 'files'} the last build wrote and this one did not.`);
				const problems: string[] = [];
				// A page left in place passed this check when it was written: the folder is kept only after a build that succeeded.
				for (const file of htmlFiles(root).filter((path) => statSync(path).mtimeMs >= writingSince)) {
					const ids = duplicateIds(readFileSync(file, 'utf8'));
					if (ids.length) problems.push(`${relative(root, file)}: ${ids.map((id) => `\`${id}\``).join(', ')}`);
				}
				if (problems.length) {
					logger.error(`These pages have an id more than once, so links to it are ambiguous:\n${problems.join('\n')}\nRename the claim or heading, or report it: ids are meant to be unique by construction.`);
					process.exit(1);
				}
				rememberOutput(root, cacheDir, BUILD_MARKER);
			},
		},
	};
}
