/**
 * `npm run claim -- <article-id> "<words>" [--event <event-id>] [--paragraph <n>] [--content <dir>]`
 * prints a claim ready to paste under `claims:` in an event file: the whole
 * sentence holding the words, exactly as the article has it, the shortest
 * prefix or suffix that makes it unique, a new id, and a suggested `says`
 * date. Nothing is written.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SlugSchema } from '../src/schemas/slug';
import { articleText } from '../src/lib/capture/article-text';
import { claimYaml, draftClaim } from '../src/lib/capture/claim-draft';
import { PageError } from '../src/lib/capture/read-page';
import { displayFrom } from '../src/lib/check/load-content';

const USAGE = 'Usage: npm run claim -- <article-id> "<a few words of the passage>" [--event <event-id>] [--paragraph <n>] [--content <dir>]';
function fail(message: string): never {
	process.stderr.write(`\n${message}\n`);
	process.exit(1);
}
let parsed;
try {
	parsed = parseArgs({ allowPositionals: true, options: { event: { type: 'string' }, content: { type: 'string' }, paragraph: { type: 'string' } } });
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
const [articleId, ...words] = parsed.positionals;
if (!articleId || words.length === 0) fail(USAGE);
// The event id goes into the claim's id and a file name: an id, or nothing.
for (const [what, value] of [['The article id', articleId], ['--event', parsed.values.event]] as const) {
	const id = value === undefined ? undefined : SlugSchema.safeParse(value);
	if (id && !id.success) fail(`${what}: ${id.error.issues[0]!.message}`);
}
const cwd = process.env.INIT_CWD ?? process.cwd();
// --content is read from where the command was typed; PARALLAX_CONTENT from the project, as the build reads it.
const contentRoot = parsed.values.content ? resolve(cwd, parsed.values.content) : resolve(import.meta.dirname, '..', process.env.PARALLAX_CONTENT ?? 'content');
try {
	const article = await articleText(contentRoot, articleId, displayFrom(cwd));
	const taken = new Set(article.content.events.flatMap((e) => e.data.claims.filter((c) => c.article === articleId).map((c) => c.id ?? '')));
	const result = draftClaim({ articleId, language: article.data.language, published: article.data.published, blocks: article.blocks, words: words.join(' '), eventId: parsed.values.event, takenIds: taken, block: parsed.values.paragraph === undefined ? undefined : Number(parsed.values.paragraph) });
	if ('problem' in result) fail(result.problem);
	process.stdout.write(`# Paste under \`claims:\` in ${parsed.values.event ? `content/events/${parsed.values.event}.yaml` : 'an event file'} (from paragraph ${result.draft.block}):\n${claimYaml(result.draft)}`);
} catch (error) {
	if (error instanceof PageError) fail(error.message);
	throw error;
}
