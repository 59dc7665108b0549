/**
 * `npm run names -- <article-id> [--content <dir>]` lists the names in an
 * article that no entity has yet, and those that are probably another
 * spelling of a known entity (a transliteration, a case form, a letter or two
 * apart), each with YAML to paste into `entities.yaml`. Nothing is written.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { namesReport } from '../src/lib/capture/names-report';
import { PageError } from '../src/lib/capture/read-page';
import { displayFrom } from '../src/lib/check/load-content';

const USAGE = 'Usage: npm run names -- <article-id> [--content <dir>]';
function fail(message: string): never {
	process.stderr.write(`\n${message}\n`);
	process.exit(1);
}
let parsed;
try {
	parsed = parseArgs({ allowPositionals: true, options: { content: { type: 'string' } } });
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
const [articleId, ...extra] = parsed.positionals;
if (!articleId || extra.length) fail(USAGE);
const cwd = process.env.INIT_CWD ?? process.cwd();
// --content is read from where the command was typed; PARALLAX_CONTENT from the project, as the build reads it.
const contentRoot = parsed.values.content ? resolve(cwd, parsed.values.content) : resolve(import.meta.dirname, '..', process.env.PARALLAX_CONTENT ?? 'content');
try {
	const report = await namesReport(contentRoot, articleId, displayFrom(cwd));
	if (!report.lines.length) process.stdout.write(`Every name in \`${articleId}\` is a known entity or variant.\n`);
	else process.stdout.write(`${report.lines.map((l) => `- ${l}`).join('\n')}\n\nFor entities.yaml:\n${report.yaml}\n`);
} catch (error) {
	if (error instanceof PageError) fail(error.message);
	throw error;
}
