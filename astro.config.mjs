// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { parallaxBuild } from './src/integrations/parallax-build';
import { sourceMarkdownOptions } from './src/lib/markdown/options';

/**
 * Hosting anywhere: `PARALLAX_SITE` is the absolute origin (used for canonical
 * and citation URLs) and `PARALLAX_BASE` the path the site is served under.
 * Every internal link goes through `src/lib/paths.ts`, which reads `BASE_URL`.
 * https://docs.astro.build/en/reference/configuration-reference/#base
 */
const site = process.env.PARALLAX_SITE ?? 'https://parallax.example.org';
const base = process.env.PARALLAX_BASE ?? '/';
/** Astro's cache, and Vite's inside it, so a build with `PARALLAX_CACHE_DIR` writes no cache into the project. */
const cacheDir = process.env.PARALLAX_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
	site,
	base,
	// Refuses an output folder that would cost data, checks ids, marks the output.
	integrations: [parallaxBuild({ contentRoot: process.env.PARALLAX_CONTENT ?? './content', siteIsPlaceholder: !process.env.PARALLAX_SITE })],
	// Fixture builds and the benchmark point these elsewhere so that they never
	// share a content cache or an output folder with the real site.
	outDir: process.env.PARALLAX_OUT_DIR ?? './dist',
	cacheDir,
	trailingSlash: 'always',
	// Two entities or events with one id must stop the build, not overwrite each other.
	prerenderConflictBehavior: 'error',
	build: {
		format: 'directory',
		// Pages are rendered from data already in memory; several at once keep the CPU busy while others are written.
		concurrency: 4,
		// Stylesheets are always linked, never inlined into `<style>`, so the
		// site runs under a Content-Security-Policy without 'unsafe-inline'.
		inlineStylesheets: 'never',
	},
	vite: {
		// Astro inlines small scripts into the page; a linked file keeps the site
		// working under a Content-Security-Policy without 'unsafe-inline'.
		// A rebuild keeps the output folder: pages Astro skips stay in place, and the integration prunes the rest
		// (src/lib/build/kept-output.ts). Emptying it cost more than rendering the changed pages.
		build: { assetsInlineLimit: 0, emptyOutDir: false },
		cacheDir: `${cacheDir}/vite`,
	},
	experimental: {
		// A rebuild copies the pages whose `cacheKey` (src/lib/build/cache-key.ts) and code are unchanged from the
		// last build's copies in the cache folder, and renders the rest. README: Incremental builds.
		// https://docs.astro.build/en/reference/experimental-flags/incremental-build/
		incrementalBuild: true,
	},
	markdown: {
		// Verbatim text, no markup: see src/lib/markdown/options.ts.
		processor: unified(sourceMarkdownOptions()),
		syntaxHighlight: false,
	},
});
