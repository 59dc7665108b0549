/**
 * `npm run check:content`: checks the content folder before Astro runs, and
 * lists every problem at once with file, line, field and fix. `npm run build`
 * runs it first, so content errors are Parallax's own messages, never a stack
 * trace. It also refuses an output folder that a build would destroy.
 *
 * Reads `PARALLAX_CONTENT` (default `content`), `PARALLAX_OUT_DIR` (default `dist`) and `PARALLAX_CACHE_DIR`.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/check/check-content';
import { displayFrom } from '../src/lib/check/load-content';
import { cacheDirProblem, outputDirProblem } from '../src/lib/check/output-dir';
import { formatProblems } from '../src/lib/corpus/content-problems';

const projectRoot = resolve(import.meta.dirname, '..');
const contentRoot = resolve(process.env.PARALLAX_CONTENT ?? 'content');
const outDir = resolve(process.env.PARALLAX_OUT_DIR ?? 'dist');
const display = displayFrom();

const outProblem = outputDirProblem({ projectRoot, outDir, contentRoot });
const { content, problems } = await checkContent(contentRoot, display);
if (outProblem) problems.unshift({ file: display(outDir), field: 'PARALLAX_OUT_DIR', message: outProblem });
const cacheProblem = process.env.PARALLAX_CACHE_DIR ? cacheDirProblem({ cacheDir: process.env.PARALLAX_CACHE_DIR, contentRoot }) : undefined;
if (cacheProblem) problems.unshift({ file: display(resolve(process.env.PARALLAX_CACHE_DIR!)), field: 'PARALLAX_CACHE_DIR', message: cacheProblem });

if (problems.length) {
	process.stderr.write(`\n${formatProblems(problems)}\n`);
	process.exit(1);
}
const claims = content.events.reduce((n, event) => n + event.data.claims.length, 0);
process.stdout.write(`Content check: ${content.articles.length} articles, ${content.events.length} events, ${claims} claims, ${content.entities.length} entities in ${display(contentRoot)}; no problems.\n`);
