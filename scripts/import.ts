/**
 * `npm run import -- <page.html|page.txt> [--story <id>] [--content <dir>]`
 * turns a page saved from the browser (or a plain-text file) into
 * `<content>/articles/<outlet>-<date>.md`: the text verbatim, its metadata
 * with where each field comes from, the boxes inside the text listed as
 * `removed`. It never overwrites a file. It prints a review list: what was
 * removed, what the page did not state, and the names that are no known
 * entity yet (as `npm run names` does).
 *
 * Options for what the page does not state: --outlet, --url, --language,
 * --date with --date-note, --id.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importPage } from '../src/lib/capture/import-page';
import { joinStory } from '../src/lib/capture/join-story';
import { namesReport } from '../src/lib/capture/names-report';
import { PageError } from '../src/lib/capture/read-page';
import { displayFrom } from '../src/lib/check/load-content';
import { contentLinkProblems } from '../src/lib/check/content-files';
import { MAX_ARTICLE_BYTES } from '../src/lib/limits';
import { SlugSchema } from '../src/schemas/slug';

const USAGE = 'Usage: npm run import -- <page.html|page.txt> [--story <id>] [--content <dir>] [--id <id>] [--outlet <name>] [--url <https://…>] [--language <tag>] [--date YYYY-MM-DD --date-note "<how you know it>"]';

function fail(message: string): never {
	process.stderr.write(`\n${message}\n`);
	process.exit(1);
}

let args: ReturnType<typeof parseOptions>;
function parseOptions() {
	return parseArgs({
		allowPositionals: true,
		options: {
			story: { type: 'string' },
			content: { type: 'string' },
			id: { type: 'string' },
			outlet: { type: 'string' },
			url: { type: 'string' },
			language: { type: 'string' },
			date: { type: 'string' },
			'date-note': { type: 'string' },
		},
	});
}
try {
	args = parseOptions();
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
const [page, ...extra] = args.positionals;
if (!page || extra.length) fail(USAGE);

// `npm run` starts scripts in the project; paths are read from where the command was typed.
const cwd = process.env.INIT_CWD ?? process.cwd();
const display = displayFrom(cwd);
const contentRoot = args.values.content ? resolve(cwd, args.values.content) : resolve(import.meta.dirname, '..', process.env.PARALLAX_CONTENT ?? 'content');
// Ids become file names: checked before anything is read or written.
for (const [option, value] of [['--story', args.values.story], ['--id', args.values.id]] as const) {
	const id = value === undefined ? undefined : SlugSchema.safeParse(value);
	if (id && !id.success) fail(`${option}: ${id.error.issues[0]!.message}`);
}
// Nothing is written through a link in the content folder (the build would refuse the folder anyway).
const links = contentLinkProblems(contentRoot, display);
if (links.length) fail(links.map((p) => `${p.file}: ${p.message}`).join('\n'));
try {
	const result = importPage(resolve(cwd, page), {
		display: page,
		id: args.values.id,
		outlet: args.values.outlet,
		url: args.values.url,
		language: args.values.language,
		date: args.values.date,
		dateNote: args.values['date-note'],
	});
	const file = join(contentRoot, 'articles', `${result.id}.md`);
	const bytes = Buffer.byteLength(result.text);
	if (bytes > MAX_ARTICLE_BYTES) fail(`${page}: the article would be ${bytes.toLocaleString('en')} bytes, more than the ${MAX_ARTICLE_BYTES.toLocaleString('en')} an article may have (see "Limits" in the README), so nothing was written. Check that the page holds one article.`);
	try {
		// `wx`: never overwrite; fails when the file exists.
		writeFileSync(file, result.text, { flag: 'wx' });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') fail(`${display(file)} exists already, and import never overwrites a file. If this is another article, give it another id: --id ${result.id}-2. If it is the same one, delete the file first.`);
		if (code === 'ENOENT') fail(`${display(join(contentRoot, 'articles'))} does not exist. Run the command from the project, or point --content at a content folder (with articles/, events/ and entities.yaml).`);
		throw error;
	}
	const lines = [`Wrote ${display(file)}: ${result.blocks.filter((b) => b.kind === 'paragraph').length} paragraphs, ${result.article.language}, ${result.article.outlet.name}, ${result.article.published.date} (${result.article.published.basis}).`];
	if (args.values.story) {
		try {
			lines.push(joinStory(contentRoot, args.values.story, result.id, display));
		} catch (error) {
			lines.push((error as Error).message);
		}
	}
	const names = await namesReport(contentRoot, result.id, display);
	const review = [...result.review, ...names.lines];
	if (review.length) lines.push('', 'Check:', ...review.map((line) => `  - ${line.replace(/\n/g, '\n    ')}`));
	if (names.yaml) lines.push('', 'Names to add to entities.yaml (or as variants of an entity):', names.yaml);
	lines.push('', `Next: npm run claim -- ${result.id} "<a few words of a passage>"`);
	process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
	if (error instanceof PageError) fail(error.message);
	throw error;
}
