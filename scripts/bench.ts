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
}

function option(name: string, fallback: string): string {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const sizes = option('sizes', '30,300,1000').split(',').map(Number);
const runs = Number(option('runs', '3'));
const out = process.argv.includes('--out') ? option('out', '') : undefined;
if (sizes.some((n) => !Number.isInteger(n) || n < 3) || !Number.isInteger(runs) || runs < 1) {
	console.error('Usage: npm run bench -- [--sizes 30,300,1000] [--runs 3] [--out FILE]');
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
function measure(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ wall: number; rss: number }> {
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
			else done({ wall, rss: peak });
		});
	});
}

/** Runs several commands one after the other, as one measured build. */
async function measureAll(steps: [string, string[], string, Record<string, string>][]): Promise<{ wall: number; rss: number }> {
	let wall = 0;
	let rss = 0;
	for (const step of steps) {
		const m = await measure(...step);
		wall += m.wall;
		rss = Math.max(rss, m.rss);
	}
	return { wall, rss };
}

function folderStats(dir: string): Pick<Run, 'pages' | 'dist_bytes' | 'largest_page_bytes' | 'search_bytes'> {
	let pages = 0;
	let bytes = 0;
	let largest = 0;
	let search = 0;
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const path = join(dir, name);
		const stat = statSync(path);
		if (!stat.isFile()) continue;
		bytes += stat.size;
		if (name.startsWith('pagefind/')) search += stat.size;
		else if (name.endsWith('.html')) {
			pages++;
			largest = Math.max(largest, stat.size);
		}
	}
	return { pages, dist_bytes: bytes, largest_page_bytes: largest, search_bytes: search };
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
			if (tool === 'parallax') {
				const env = { PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: outDir, PARALLAX_CACHE_DIR: cacheDir };
				// What `npm run build` runs, without npm's own start-up: Astro (with the content check inside), then the search index.
				measured = await measureAll([
					[node, [astro, 'build'], projectRoot, env],
					[node, ['scripts/index-search.mjs'], projectRoot, env],
				]);
			} else {
				const site = join(scratch, `baseline-${size}`);
				if (!existsSync(site)) writeBaseline(site, content, outDir, cacheDir);
				rmSync(join(site, '.astro'), { recursive: true, force: true });
				measured = await measure(node, [astro, 'build'], site, {});
			}
			const stats = folderStats(outDir);
			const entry = results.get(`${size}/${tool}`) ?? { size, tool, runs: [] };
			entry.runs.push({ wall_s: Number(measured.wall.toFixed(2)), max_rss_mb: Number((measured.rss / 2 ** 20).toFixed(1)), ...stats });
			results.set(`${size}/${tool}`, entry);
			console.log(`  run ${run}, ${size} articles, ${tool}: ${measured.wall.toFixed(2)} s, ${(measured.rss / 2 ** 20).toFixed(0)} MB, ${stats.pages} pages, ${(stats.dist_bytes / 1e6).toFixed(1)} MB`);
		}
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const med = (size: number, tool: string, key: keyof Run) => median(results.get(`${size}/${tool}`)!.runs.map((r) => r[key]));
const rows = sizes.map((size) => {
	const p = (k: keyof Run) => med(size, 'parallax', k);
	const b = (k: keyof Run) => med(size, 'baseline', k);
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
	];
});
const header = ['articles', 'Parallax', 'plain Astro', 'time ratio', 'Parallax RSS', 'plain RSS', 'RSS ratio', 'pages', 'Parallax output', 'plain output', 'output ratio', 'of which search index', 'ratio without it', 'largest Parallax page'];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
for (let i = 1; i < sizes.length; i++) {
	console.log(`Parallax ${sizes[i]} against ${sizes[i - 1]} articles: ${(med(sizes[i]!, 'parallax', 'wall_s') / med(sizes[i - 1]!, 'parallax', 'wall_s')).toFixed(2)}× the time (plain Astro: ${(med(sizes[i]!, 'baseline', 'wall_s') / med(sizes[i - 1]!, 'baseline', 'wall_s')).toFixed(2)}×).`);
}
if (out) {
	writeFileSync(out, `${JSON.stringify([...results.values()], null, 2)}\n`);
	console.log(`Wrote ${out}`);
}
rmSync(scratch, { recursive: true, force: true });
