/**
 * `npm run stress`: builds hostile and oversized content sets at full size,
 * each with `npm run build` under `/usr/bin/time -v`, and reports for each
 * whether it was refused with a content error or built, its wall time and
 * the peak resident memory of its largest process. Each must finish within
 * 300 s and 4 GB (the budget of `src/lib/limits.ts`); `npm test` runs scaled-
 * down forms of the same inputs (`tests/unit/scale-limits.test.ts`).
 *
 *   npm run stress                 every case
 *   npm run stress -- quote-the    the cases whose name contains a word
 *
 * Everything is written under the system's temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');

const frontmatter = (title = 'Sample headline') =>
	['---', 'title:', `  text: ${JSON.stringify(title)}`, '  basis: stated', 'outlet:', '  name: Stress Gazette', 'url: "https://example.org/stress"', 'published:', '  date: "2024-02-08"', '  precision: day', '  basis: stated', 'language: en', '---', ''].join('\n');
const event = (title: string, claims: string[], date = '2024-05-04') => [`title: ${JSON.stringify(title)}`, `when: { date: "${date}", precision: day }`, 'summary: Stress event.', 'claims:', ...claims, ''].join('\n');
const claim = (article: string, quote: string, id: string) => `  - id: ${id}\n    article: ${article}\n    quote: ${JSON.stringify(quote)}\n    speaker: narration\n    relation: adds`;
const words = ['the', 'mayor', 'said', 'bridge', 'would', 'open', 'council', 'road', 'spring', 'river', 'budget', 'vote'];
/** About `bytes` of plain prose in paragraphs, the same every run. */
const prose = (bytes: number) => {
	const out: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const sentence = `${Array.from({ length: 12 }, (_, k) => words[(i * 5 + k * 7 + (i >> 2)) % words.length]).join(' ')} ${i}.`;
		out.push(i % 8 === 7 ? `${sentence}\n\n` : `${sentence} `);
		size += sentence.length + 1;
	}
	return out.join('');
};

/** Each case: its content files, and what a sound build does with it. */
const cases: Record<string, { expect: 'refused' | 'built'; files: () => Record<string, string> }> = {
	'blockquotes-5000': { expect: 'refused', files: () => ({ 'articles/a.md': `${frontmatter()}${'> '.repeat(5000)}deep\n` }) },
	'claims-10000-one-event': {
		expect: 'refused',
		files: () => ({ 'articles/a.md': `${frontmatter()}The bridge will open on May 4.\n`, 'events/e.yaml': event('Bridge', Array.from({ length: 10_000 }, (_, i) => claim('a', 'The bridge', `c${i}`))) }),
	},
	'claims-10000-same-passage': {
		expect: 'refused',
		files: () => {
			const files: Record<string, string> = { 'articles/a.md': `${frontmatter()}The bridge will open on May 4.\n` };
			for (let e = 0; e < 50; e++) files[`events/e${e}.yaml`] = event(`Bridge ${e}`, Array.from({ length: 200 }, (_, i) => claim('a', 'The bridge will open', `c${e}-${i}`)));
			return files;
		},
	},
	'article-20mb-whole-quote': {
		expect: 'refused',
		files: () => {
			const text = prose(20_000_000);
			return { 'articles/a.md': `${frontmatter()}${text}`, 'events/e.yaml': event('Whole', [claim('a', text.trim(), 'whole')]) };
		},
	},
	'article-1mb-long-quotes': {
		expect: 'built',
		files: () => {
			const text = prose(950_000);
			const paragraphs = text.split('\n\n').filter((p) => p.length > 200);
			return { 'articles/a.md': `${frontmatter()}${text}`, 'events/e.yaml': event('Long quotes', paragraphs.slice(0, 90).map((p, i) => claim('a', p.trim().slice(0, 9000).replace(/ \S*$/, ''), `q${i}`))) };
		},
	},
	'entities-2000-one-variant': {
		expect: 'built',
		files: () => {
			const text = prose(450_000).replaceAll('mayor', 'Elena');
			const entities = Array.from({ length: 2000 }, (_, i) => `- id: person-${i}\n  name: Person ${i}\n  kind: person\n  variants: [Elena]\n`).join('');
			return { 'articles/a.md': `${frontmatter()}${text}`, 'entities.yaml': entities, 'events/e.yaml': event('One', [claim('a', text.slice(0, text.indexOf('.') + 1), 'first')]) };
		},
	},
	'quote-the-325kb': {
		expect: 'refused',
		files: () => ({ 'articles/a.md': `${frontmatter()}${prose(325_000)}`, 'events/e.yaml': event('The', [claim('a', 'the', 'the')]) }),
	},
	'title-200kb-of-a': {
		expect: 'refused',
		files: () => ({ 'articles/a.md': `${frontmatter('<a'.repeat(100_000))}The bridge will open.\n`, 'events/e.yaml': event('<a'.repeat(100_000), [claim('a', 'The bridge will open', 'b')]) }),
	},
	'title-105kb-300-claims': {
		expect: 'refused',
		files: () => ({ 'articles/a.md': `${frontmatter()}${prose(30_000)}`, 'events/e.yaml': event('T'.repeat(105_000), Array.from({ length: 300 }, (_, i) => claim('a', `${i}.`, `c${i}`))) }),
	},
	'largest-allowed-event': {
		expect: 'built',
		files: () => {
			const text = prose(30_000);
			const sentences = [...text.matchAll(/[a-z ]+ (\d+)\./g)].slice(0, 200);
			return { 'articles/a.md': `${frontmatter('H'.repeat(300))}${text}`, 'events/e.yaml': event('T'.repeat(300), sentences.map((m, i) => claim('a', m[0].trim(), `c${i}`))) };
		},
	},
	'dates-year-1-and-9999': {
		expect: 'refused',
		files: () => ({ 'articles/a.md': `${frontmatter()}The bridge will open.\n`, 'events/e.yaml': event('Early', [claim('a', 'The bridge will open', 'b')], '0001-01-01'), 'events/f.yaml': event('Late', [claim('a', 'The bridge', 'c')], '9999-12-31') }),
	},
};

function sizeOf(dir: string): number {
	let total = 0;
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const stat = statSync(join(dir, name));
		if (stat.isFile()) total += stat.size;
	}
	return total;
}

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const scratch = mkdtempSync(join(tmpdir(), 'parallax-stress-'));
let failed = 0;
for (const [name, spec] of Object.entries(cases)) {
	if (only.length && !only.some((word) => name.includes(word))) continue;
	const content = join(scratch, name, 'content');
	for (const [path, text] of Object.entries(spec.files())) {
		mkdirSync(dirname(join(content, path)), { recursive: true });
		writeFileSync(join(content, path), text);
	}
	if (!Object.keys(spec.files()).includes('entities.yaml')) writeFileSync(join(content, 'entities.yaml'), '[]\n');
	const outDir = join(scratch, name, 'site');
	const run = spawnSync('/usr/bin/time', ['-v', 'timeout', '300', 'npm', 'run', 'build', '--silent'], {
		cwd: projectRoot,
		encoding: 'utf8',
		maxBuffer: 1 << 30,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_OPTIONS: '--max-old-space-size=4096', PARALLAX_CONTENT: content, PARALLAX_OUT_DIR: outDir, PARALLAX_CACHE_DIR: join(scratch, name, 'cache') },
	});
	const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/.exec(run.stderr)?.[1] ?? '?';
	const rssMb = Math.round(Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024);
	const output = `${run.stdout}\n${run.stderr}`;
	const outcome = run.status === 0 ? 'built' : /Parallax found (a problem|[\d,]+ problems)/.test(output) ? 'refused' : `crashed (exit ${run.status})`;
	const firstProblem = /\n1\. (.+)\n\s+(.{0,140})/.exec(output);
	const ok = outcome === spec.expect && !/\n\s+at .+:\d+:\d+\)?\n/.test(output);
	if (!ok) failed++;
	const detail = outcome === 'built' ? `output ${(sizeOf(outDir) / 1e6).toFixed(1)} MB` : firstProblem ? `${firstProblem[1]} ${firstProblem[2]}` : output.trim().split('\n').slice(-3).join(' | ');
	console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${outcome} in ${wall}, peak RSS ${rssMb} MB, stderr ${(output.length / 1e3).toFixed(0)} KB; ${detail}`);
}
process.exit(failed ? 1 : 0);
