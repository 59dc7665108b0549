/**
 * Deterministic corpora for the benchmark: N invented articles of about 600
 * words, in stories of 3 to 6 sources, with events, claims (whole sentences of
 * the articles), entities with name variants and one discrepancy per story,
 * shaped like the real content. The same N and seed always give the same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = (
	'the a of to in and said that for on with as by at from officials ministry government talks release hostages agreement ceasefire statement meeting ' +
	'report reported according sources spokesman spokeswoman minister president council week month year day night city region border capital ' +
	'negotiations mediators delegation visit envoy ambassador embassy press conference interview comments remarks criticism support position ' +
	'humanitarian pause phase prisoners exchange families citizens nationals captivity freedom efforts request gratitude gesture decision list ' +
	'earlier later today yesterday tomorrow recent previous first second third final new old several many few some other both each ' +
	'announced confirmed denied stressed noted added explained recalled warned urged called welcomed condemned expected promised'
).split(' ');
const FIRST = 'Anna Boris Carla Dmitri Elena Farid Galina Hassan Irina Jonas Karim Lena Mikhail Nadia Omar Pavel Rania Sergei Tamar Viktor Yara Zoran'.split(' ');
const LAST = 'Abramov Benali Cohen Dahan Efremova Farouk Gromov Haddad Ivanova Jaber Kuznetsov Levi Mansour Novak Orlov Peretz Qasim Rahman Sokolov Tal'.split(' ');
const OUTLETS = 'Daily Ledger|Morning Courier|Evening Standard Wire|Harbour Times|Capital Gazette|Northern Herald|Coastal Post|Metro Observer|Valley News|Union Chronicle'.split('|');

export interface GeneratedCorpus {
	files: Record<string, string>;
	articles: number;
	stories: number;
	events: number;
	claims: number;
	entities: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The files of a corpus of `size` articles, relative to its content folder. */
export function generateCorpus(size: number, seed = 1): GeneratedCorpus {
	const rnd = random(seed * 7919 + size);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
	const files: Record<string, string> = {};

	// About 150 entities, some with a short variant the texts also use.
	const entityCount = Math.min(150, Math.max(10, Math.round(size / 2)));
	const entities = Array.from({ length: entityCount }, (_, i) => {
		const first = FIRST[i % FIRST.length]!;
		const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? i : ''}`;
		return { id: `${first}-${last}-${i}`.toLowerCase(), name: `${first} ${last}`, variant: i % 3 === 0 ? last : undefined, uses: new Set<string>() };
	});
	// A bare surname must name the articles where it means this person (`in`), so entities are written once the texts are.
	const writeEntities = () => {
		const variants = (e: (typeof entities)[number]) => (e.variant && e.uses.size ? `{ text: ${e.variant}, in: [${[...e.uses].join(', ')}] }` : '');
		files['entities.yaml'] = entities.map((e) => `- id: ${e.id}\n  name: ${e.name}\n  kind: person\n  variants: [${variants(e)}]\n`).join('');
	};

	let articleNo = 0;
	let storyNo = 0;
	let eventNo = 0;
	let claimCount = 0;
	while (articleNo < size) {
		storyNo++;
		let sources = Math.min(size - articleNo, 3 + Math.floor(rnd() * 4));
		// The last story takes what is left rather than leave fewer than 3 sources for another.
		if (size - articleNo - sources < 3) sources = size - articleNo;
		const story = `story-${storyNo}`;
		const eventIds = Array.from({ length: Math.min(3 * sources, 3 + Math.floor(rnd() * 2)) }, () => `event-${++eventNo}`);
		const claimsByEvent = new Map<string, string[]>(eventIds.map((id) => [id, []]));
		const articleIds: string[] = [];
		for (let s = 0; s < sources; s++) {
			const id = `article-${++articleNo}`;
			articleIds.push(id);
			const sentences: string[] = [];
			const paragraphs: string[] = [];
			let words = 0;
			let sentenceNo = 0;
			while (words < 600) {
				const paragraph: string[] = [];
				for (let k = 0; k < 4 + Math.floor(rnd() * 3); k++) {
					const length = 12 + Math.floor(rnd() * 7);
					const parts = Array.from({ length }, () => pick(WORDS));
					if (rnd() < 0.5) {
						const e = pick(entities);
						const bare = rnd() < 0.3 && e.variant !== undefined;
						if (bare) e.uses.add(id);
						parts.splice(Math.floor(rnd() * length), 0, bare ? e.variant! : e.name);
					}
					// A number per sentence keeps every sentence unique, so a quoted sentence occurs once.
					parts.push(`${id.slice(8)}x${++sentenceNo}`);
					const sentence = `${parts.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
					paragraph.push(sentence);
					sentences.push(sentence);
					words += parts.length;
				}
				paragraphs.push(paragraph.join(' '));
			}
			const year = 2024 + Math.floor(rnd() * 2);
			const date = `${year}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
			files[`articles/${id}.md`] = [
				'---',
				'title:',
				`  text: "Report ${articleNo} on ${story}"`,
				'  basis: stated',
				'outlet:',
				`  name: ${OUTLETS[articleNo % OUTLETS.length]}`,
				`url: "https://example.org/news/${id}"`,
				'published:',
				`  date: "${date}"`,
				'  precision: day',
				'  basis: stated',
				'language: en',
				'---',
				paragraphs.join('\n\n'),
				'',
			].join('\n');
			// Three claims per article, each a whole sentence, about the story's events.
			for (let c = 0; c < 3; c++) {
				const event = eventIds[(s + c) % eventIds.length]!;
				const quote = sentences[Math.floor((c + 0.5) * (sentences.length / 3))]!;
				claimsByEvent.get(event)!.push(`  - article: ${id}\n    quote: "${quote}"\n    speaker: narration\n    relation: RELATION\n`);
				claimCount++;
			}
		}
		let discrepancy = false;
		for (const [index, event] of eventIds.entries()) {
			const claims = claimsByEvent.get(event)!;
			const articlesOf = new Set(claims.map((c) => /article: (\S+)/.exec(c)![1]));
			let body = claims.map((c) => c.replace('RELATION', articlesOf.size > 1 ? 'agrees' : 'adds')).join('');
			let extra = '';
			if (!discrepancy && articlesOf.size > 1) {
				// One discrepancy per story, between the first claims of two sources.
				discrepancy = true;
				const [a, b] = [...articlesOf];
				const idOf = (article: string) => `d-${article}`;
				const isFirst = (c: string) => {
					const article = /article: (\S+)/.exec(c)![1]!;
					return claims.find((x) => x.includes(`article: ${article}\n`)) === c && (article === a || article === b);
				};
				// Agreement is mutual: the other claims agree only when at least two other sources are left to agree.
				const others = new Set(claims.filter((c) => !isFirst(c)).map((c) => /article: (\S+)/.exec(c)![1]));
				body = claims
					.map((c) => {
						const article = /article: (\S+)/.exec(c)![1]!;
						return isFirst(c) ? c.replace('  - article:', `  - id: ${idOf(article)}\n    article:`).replace('RELATION', 'differs') : c.replace('RELATION', others.size > 1 ? 'agrees' : 'adds');
					})
					.join('');
				extra = `discrepancies:\n  - about: the day\n    claims: [${a}#${idOf(a!)}, ${b}#${idOf(b!)}]\n    description: The two sources give different days.\n`;
			}
			files[`events/${event}.yaml`] = `title: Event ${event.slice(6)} of ${story}\nwhen: { date: "2024-${pad(1 + (index % 12))}", precision: month }\nsummary: A generated event.\nclaims:\n${body}${extra}`;
		}
		files[`stories/${story}.yaml`] = `title: Story ${storyNo}\nsummary: A generated story of ${sources} sources.\nevents: [${eventIds.join(', ')}]\n${storyNo === 1 ? 'primary: true\n' : ''}`;
	}
	writeEntities();
	return { files, articles: articleNo, stories: storyNo, events: eventNo, claims: claimCount, entities: entities.length };
}

/** Writes a generated corpus into `dir` (which must not exist yet or be empty). */
export function writeCorpus(dir: string, corpus: GeneratedCorpus): void {
	for (const [path, text] of Object.entries(corpus.files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}
