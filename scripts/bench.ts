/**
 * `npm run bench`: builds generated corpora with Parallax and with a plain
 * Astro 7 site over the same articles (default Markdown, a glob collection,
 * one page per article and an index: what a user would build without
 * Parallax), and compares wall time, peak memory, pages and output size.
 *
 *   npm run bench -- --sizes 30,300,1000 --runs 3 --out bench.json
 *
 * Runs are interleaved (every size and tool once, then again), each from a
 * cold cache, and the median is reported. Peak memory is the largest sum of
 * the resident memory of the build's processes, sampled every 20 ms.
 * Everything is written under the system's temporary folder, never inside the
 * project.
 *
 * Besides time and memory it reports what static hosts check (file count,
 * largest file, total bytes) against their published limits (HOST_LIMITS), and,
 * with `--warm`, the time of a rebuild with a kept cache after editing one
 * claim and after adding one article.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus, writeCorpus } from './bench/generate-corpus';

const projectRoot = resolve(import.meta.dirname, '..');

interface Run {
	wall_s: number;
	max_rss_mb: number;
	pages: number;
	dist_bytes: number;
	largest_page_bytes: number;
	/** Of `dist_bytes`, the search index (`pagefind/`), which the plain site does not have. */
	search_bytes: number;
	/** Every file of the output, HTML or not: what a host counts. */
	files: number;
	/** The largest file of the output, of any kind, in bytes. */
	largest_file_bytes: number;
	/** Its path inside the output. */
	largest_file: string;
	/** Seconds of a rebuild, with the cache and output of a cold build kept, after one claim's note changed (only with `--warm`). */
	warm_edit_s?: number;
	/** The same after one new article joined the first story (only with `--warm`). */
	warm_add_s?: number;
	/** Where those two rebuilds' time goes, as for the cold build below. */
	warm_edit_phases?: ReturnType<typeof buildPhases>;
	warm_add_phases?: ReturnType<typeof buildPhases>;
	/** Where a Parallax build's time goes, in seconds: the content check (inside `astro build`), page generation, the rest of `astro build` (start-up, content sync, Vite), and the search index (its own process). */
	check_s?: number;
	pages_s?: number;
	astro_other_s?: number;
	index_s?: number;
}

/** Seconds from Astro's own time stamps ("12.06s", "940ms"). */
function seconds(stat: string): number {
	return stat.endsWith('ms') ? Number(stat.slice(0, -2)) / 1000 : stat.endsWith('m') ? Number(stat.slice(0, -1)) * 60 : Number(stat.replace(/s$/, ''));
}

/**
 * The phases of one Parallax build, read from its log: the content check's
 * own line (`Content check: … (14.10 s)`) and the "Completed in" line that
 * ends Astro's page generation. Undefined fields when a line is missing.
 */
export function buildPhases(astroLog: string, astroWall: number, indexWall: number): Pick<Run, 'check_s' | 'pages_s' | 'astro_other_s' | 'index_s'> {
	const check = /Content check: .*\(([\d.]+) s\)/.exec(astroLog)?.[1];
	const generating = astroLog.indexOf('generating static routes');
	const pages = generating < 0 ? undefined : /Completed in ([\d.]+m?s)/.exec(astroLog.slice(generating))?.[1];
	const check_s = check === undefined ? undefined : Number(check);
	const pages_s = pages === undefined ? undefined : seconds(pages);
	return {
		check_s,
		pages_s,
		astro_other_s: check_s === undefined || pages_s === undefined ? undefined : Number((astroWall - check_s - pages_s).toFixed(2)),
		index_s: Number(indexWall.toFixed(2)),
	};
}

/**
 * The limits of the hosts the README names, as they publish them (checked
 * 2026-11): Cloudflare Pages 20,000 files per site on the free plan and
 * 100,000 on paid plans, 25 MiB per file; GitHub Pages 1 GB per published site.
 */
export const HOST_LIMITS = {
	cloudflareFreeFiles: 20_000,
	cloudflarePaidFiles: 100_000,
	cloudflareFileBytes: 25 * 2 ** 20,
	githubPagesBytes: 1e9,
} as const;

function option(name: string, fallback: string): string {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const sizes = option('sizes', '30,300,1000').split(',').map(Number);
const runs = Number(option('runs', '3'));
const out = process.argv.includes('--out') ? option('out', '') : undefined;
const warm = process.argv.includes('--warm');
if (sizes.some((n) => !Number.isInteger(n) || n < 3) || !Number.isInteger(runs) || runs < 1) {
	console.error('Usage: npm run bench -- [--sizes 30,300,1000] [--runs 3] [--warm] [--out FILE]');
	process.exit(2);
}

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	let rss = 0;
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const parent = Number(fields[1]);
			children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const visit = (p: number) => {
		try {
			const status = readFileSync(`/proc/${p}/status`, 'utf8');
			rss += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
		} catch {
			return;
		}
		for (const child of children.get(p) ?? []) visit(child);
	};
	visit(pid);
	return rss;
}

/** Runs a command, returning its wall time and peak memory; fails loudly with its output when it fails. */
function measure(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ wall: number; rss: number; output: string }> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let peak = 0;
		const timer = setInterval(() => {
			if (child.pid) peak = Math.max(peak, treeRss(child.pid));
		}, 20);
		child.on('close', (code) => {
			clearInterval(timer);
			const wall = (performance.now() - started) / 1000;
			if (code !== 0) fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
			else done({ wall, rss: peak, output });
		});
	});
}

/** Runs several commands one after the other, as one measured build. */
async function measureAll(steps: [string, string[], string, Record<string, string>][]): Promise<{ wall: number; rss: number; steps: { wall: number; output: string }[] }> {
	let wall = 0;
	let rss = 0;
	const done: { wall: number; output: string }[] = [];
	for (const step of steps) {
		const m = await measure(...step);
		wall += m.wall;
		rss = Math.max(rss, m.rss);
		done.push({ wall: m.wall, output: m.output });
	}
	return { wall, rss, steps: done };
}

function folderStats(dir: string): Pick<Run, 'pages' | 'dist_bytes' | 'largest_page_bytes' | 'search_bytes' | 'files' | 'largest_file_bytes' | 'largest_file'> {
	let pages = 0;
	let bytes = 0;
	let largest = 0;
	let search = 0;
	let files = 0;
	let largestFile = { bytes: 0, name: '' };
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const path = join(dir, name);
		const stat = statSync(path);
		if (!stat.isFile()) continue;
		files++;
		if (stat.size > largestFile.bytes) largestFile = { bytes: stat.size, name };
		bytes += stat.size;
		if (name.startsWith('pagefind/')) search += stat.size;
		else if (name.endsWith('.html')) {
			pages++;
			largest = Math.max(largest, stat.size);
		}
	}
	return { pages, dist_bytes: bytes, largest_page_bytes: largest, search_bytes: search, files, largest_file_bytes: largestFile.bytes, largest_file: largestFile.name };
}

/** A build's phases in one line: content check, pages, the rest of Astro, search index. */
function phaseLine(phases: ReturnType<typeof buildPhases> | undefined): string {
	const f = (n: number | undefined) => (n === undefined ? '?' : `${n.toFixed(2)} s`);
	return `check ${f(phases?.check_s)}, pages ${f(phases?.pages_s)}, rest of Astro ${f(phases?.astro_other_s)}, search index ${f(phases?.index_s)}`;
}

/** Edits one claim of a generated corpus in place: the first event file's first claim gains a note. */
function editOneClaim(content: string): void {
	const path = join(content, 'events/event-1.yaml');
	writeFileSync(path, readFileSync(path, 'utf8').replace('    speaker: narration\n', '    speaker: narration\n    note: Edited for the warm rebuild.\n'));
}

/** Adds one article, a copy of the first with a new id, to the first story's sources. */
function addOneArticle(content: string): void {
	writeFileSync(join(content, 'articles/article-added.md'), readFileSync(join(content, 'articles/article-1.md'), 'utf8').replace('news/article-1"', 'news/article-added"'));
	const story = join(content, 'stories/story-1.yaml');
	writeFileSync(story, `${readFileSync(story, 'utf8')}articles: [article-added]\n`);
}

/** A plain Astro 7 site over the same articles; node_modules is the project's own, linked. */
function writeBaseline(dir: string, content: string, outDir: string, cacheDir: string): void {
	mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
	symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	writeFileSync(join(dir, 'package.json'), '{ "name": "baseline", "private": true, "type": "module" }\n');
	writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(cacheDir)} });\n`);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ base: ${JSON.stringify(join(content, 'articles'))}, pattern: '**/*.md' }) }) };\n`,
	);
	writeFileSync(
		join(dir, 'src/pages/index.astro'),
		"---\nimport { getCollection } from 'astro:content';\nconst articles = await getCollection('articles');\n---\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Articles</title></head><body><h1>Articles</h1><ul>{articles.map((a) => <li><a href={`/articles/${a.id}/`}>{a.data.title?.text ?? a.id}</a></li>)}</ul></body></html>\n",
	);
	writeFileSync(
		join(dir, 'src/pages/articles/[id].astro'),
		"---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{entry.data.title?.text}</title></head><body><article><h1>{entry.data.title?.text}</h1><Content /></article></body></html>\n",
	);
}

const node = process.execPath;
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
const results = new Map<string, { size: number; tool: 'parallax' | 'baseline'; runs: Run[] }>();

console.log(`Benchmark in ${scratch}: sizes ${sizes.join(', ')}, ${runs} interleaved run(s) each, cold cache.`);
for (const size of sizes) {
	const corpus = generateCorpus(size);
	writeCorpus(join(scratch, `content-${size}`), corpus);
	console.log(`  corpus ${size}: ${corpus.articles} articles, ${corpus.stories} stories, ${corpus.events} events, ${corpus.claims} claims, ${corpus.entities} entities`);
}

for (let run = 1; run <= runs; run++) {
	for (const size of sizes) {
		for (const tool of ['parallax', 'baseline'] as const) {
			const content = join(scratch, `content-${size}`);
			const outDir = join(scratch, `out-${tool}-${size}`);
			const cacheDir = join(scratch, `cache-${tool}-${size}`);
			rmSync(outDir, { recursive: true, force: true });
			rmSync(cacheDir, { recursive: true, force: true });
			let measured: { wall: number; rss: number };
			let phases: ReturnType<typeof buildPhases> | undefined;
			const warmTimes: { edit?: number; add?: number; editPhases?: ReturnType<typeof buildPhases>; addPhases?: ReturnType<typeof buildPhases> } = {};
			if (tool === 'parallax') {
				const env = { PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: outDir, PARALLAX_CACHE_DIR: cacheDir };
				// What `npm run build` runs, without npm's own start-up: Astro (with the content check inside), then the search index.
				const build = () =>
					measureAll([
						[node, [astro, 'build'], projectRoot, env],
						[node, ['scripts/index-search.mjs'], projectRoot, env],
					]);
				const cold = await build();
				measured = cold;
				phases = buildPhases(cold.steps[0]!.output, cold.steps[0]!.wall, cold.steps[1]!.wall);
				if (warm) {
					// A copy of the corpus, so that the next run starts from the same files.
					const edited = join(scratch, `content-${size}-warm`);
					rmSync(edited, { recursive: true, force: true });
					writeCorpus(edited, generateCorpus(size));
					const warmEnv = { ...env, PARALLAX_CONTENT: edited };
					const warmOut = join(scratch, `out-warm-${size}`);
					const warmCache = join(scratch, `cache-warm-${size}`);
					rmSync(warmOut, { recursive: true, force: true });
					rmSync(warmCache, { recursive: true, force: true });
					const warmBuild = () =>
						measureAll([
							[node, [astro, 'build'], projectRoot, { ...warmEnv, PARALLAX_OUT_DIR: warmOut, PARALLAX_CACHE_DIR: warmCache }],
							[node, ['scripts/index-search.mjs'], projectRoot, { ...warmEnv, PARALLAX_OUT_DIR: warmOut, PARALLAX_CACHE_DIR: warmCache }],
						]);
					const phasesOf = (m: Awaited<ReturnType<typeof warmBuild>>) => buildPhases(m.steps[0]!.output, m.steps[0]!.wall, m.steps[1]!.wall);
					await warmBuild();
					editOneClaim(edited);
					const afterEdit = await warmBuild();
					warmTimes.edit = afterEdit.wall;
					warmTimes.editPhases = phasesOf(afterEdit);
					addOneArticle(edited);
					const afterAdd = await warmBuild();
					warmTimes.add = afterAdd.wall;
					warmTimes.addPhases = phasesOf(afterAdd);
				}
			} else {
				const site = join(scratch, `baseline-${size}`);
				if (!existsSync(site)) writeBaseline(site, content, outDir, cacheDir);
				rmSync(join(site, '.astro'), { recursive: true, force: true });
				measured = await measure(node, [astro, 'build'], site, {});
			}
			const stats = folderStats(outDir);
			const entry = results.get(`${size}/${tool}`) ?? { size, tool, runs: [] };
			entry.runs.push({
				wall_s: Number(measured.wall.toFixed(2)),
				max_rss_mb: Number((measured.rss / 2 ** 20).toFixed(1)),
				...stats,
				...phases,
				...(warmTimes.edit === undefined ? {} : { warm_edit_s: Number(warmTimes.edit.toFixed(2)), warm_add_s: Number(warmTimes.add!.toFixed(2)), warm_edit_phases: warmTimes.editPhases, warm_add_phases: warmTimes.addPhases }),
			});
			results.set(`${size}/${tool}`, entry);
			console.log(`  run ${run}, ${size} articles, ${tool}: ${measured.wall.toFixed(2)} s, ${(measured.rss / 2 ** 20).toFixed(0)} MB, ${stats.pages} pages, ${stats.files} files, ${(stats.dist_bytes / 1e6).toFixed(1)} MB${warmTimes.edit === undefined ? '' : `; warm rebuild ${warmTimes.edit.toFixed(2)} s after an edit (${phaseLine(warmTimes.editPhases)}), ${warmTimes.add!.toFixed(2)} s after a new article (${phaseLine(warmTimes.addPhases)})`}`);
		}
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
type NumericKey = { [K in keyof Run]-?: Run[K] extends number | undefined ? K : never }[keyof Run];
const med = (size: number, tool: string, key: NumericKey) => median(results.get(`${size}/${tool}`)!.runs.map((r) => r[key] ?? Number.NaN));
const rows = sizes.map((size) => {
	const p = (k: NumericKey) => med(size, 'parallax', k);
	const b = (k: NumericKey) => med(size, 'baseline', k);
	return [
		String(size),
		`${p('wall_s').toFixed(2)} s`,
		`${b('wall_s').toFixed(2)} s`,
		`${(p('wall_s') / b('wall_s')).toFixed(2)}×`,
		`${p('max_rss_mb').toFixed(0)} MB`,
		`${b('max_rss_mb').toFixed(0)} MB`,
		`${(p('max_rss_mb') / b('max_rss_mb')).toFixed(2)}×`,
		`${p('pages')} / ${b('pages')}`,
		`${(p('dist_bytes') / 1e6).toFixed(1)} MB`,
		`${(b('dist_bytes') / 1e6).toFixed(1)} MB`,
		`${(p('dist_bytes') / b('dist_bytes')).toFixed(2)}×`,
		`${(p('search_bytes') / 1e6).toFixed(1)} MB`,
		`${((p('dist_bytes') - p('search_bytes')) / b('dist_bytes')).toFixed(2)}×`,
		`${(p('largest_page_bytes') / 1024).toFixed(0)} KB`,
		`${p('files')} / ${b('files')}`,
		`${(p('files') / size).toFixed(1)}`,
		`${(p('largest_file_bytes') / 2 ** 20).toFixed(2)} MiB`,
		...(warm ? [`${p('warm_edit_s').toFixed(2)} s (${((100 * p('warm_edit_s')) / p('wall_s')).toFixed(0)}%)`, `${p('warm_add_s').toFixed(2)} s (${((100 * p('warm_add_s')) / p('wall_s')).toFixed(0)}%)`] : []),
	];
});
const header = ['articles', 'Parallax', 'plain Astro', 'time ratio', 'Parallax RSS', 'plain RSS', 'RSS ratio', 'pages', 'Parallax output', 'plain output', 'output ratio', 'of which search index', 'ratio without it', 'largest Parallax page', 'files', 'files per article', 'largest file', ...(warm ? ['warm rebuild, one claim edited', 'warm rebuild, one article added'] : [])];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
// Where Parallax's time goes, per size (medians of the cold runs).
const phaseHeader = ['articles', 'content check', 'page generation', 'rest of astro build', 'search index', 'plain Astro, whole build'];
console.log(`\n| ${phaseHeader.join(' | ')} |\n|${phaseHeader.map(() => '---').join('|')}|`);
for (const size of sizes) {
	const p = (k: NumericKey) => med(size, 'parallax', k);
	console.log(`| ${[String(size), `${p('check_s').toFixed(2)} s`, `${p('pages_s').toFixed(2)} s`, `${p('astro_other_s').toFixed(2)} s`, `${p('index_s').toFixed(2)} s`, `${med(size, 'baseline', 'wall_s').toFixed(2)} s`].join(' | ')} |`);
}
for (let i = 1; i < sizes.length; i++) {
	console.log(`Parallax ${sizes[i]} against ${sizes[i - 1]} articles: ${(med(sizes[i]!, 'parallax', 'wall_s') / med(sizes[i - 1]!, 'parallax', 'wall_s')).toFixed(2)}× the time (plain Astro: ${(med(sizes[i]!, 'baseline', 'wall_s') / med(sizes[i - 1]!, 'baseline', 'wall_s')).toFixed(2)}×).`);
}
// What the hosts would say of each size's Parallax output.
for (const size of sizes) {
	const files = med(size, 'parallax', 'files');
	const bytes = med(size, 'parallax', 'dist_bytes');
	const largest = Math.max(...results.get(`${size}/parallax`)!.runs.map((r) => r.largest_file_bytes));
	const verdict = (ok: boolean) => (ok ? 'fits' : 'EXCEEDS');
	console.log(
		`${size} articles: Cloudflare Pages free (${HOST_LIMITS.cloudflareFreeFiles} files) ${verdict(files <= HOST_LIMITS.cloudflareFreeFiles)}, paid (${HOST_LIMITS.cloudflarePaidFiles}) ${verdict(files <= HOST_LIMITS.cloudflarePaidFiles)}, 25 MiB per file ${verdict(largest <= HOST_LIMITS.cloudflareFileBytes)} (largest ${results.get(`${size}/parallax`)!.runs[0]!.largest_file}); GitHub Pages 1 GB ${verdict(bytes <= HOST_LIMITS.githubPagesBytes)}.`,
	);
}
if (out) {
	writeFileSync(out, `${JSON.stringify([...results.values()], null, 2)}\n`);
	console.log(`Wrote ${out}`);
}
rmSync(scratch, { recursive: true, force: true });
