// The real content plus three invented sources in its story: a 6-source site
// with one right-to-left column, for `npm run screenshots` and the browser
// tests of landings. Written to a folder of the caller's choosing.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Copies `root`/content to `content` and adds three invented sources to its story: 6 columns, one of them Arabic. Returns `content`. */
export function writeSixSources(root, content) {
	cpSync(join(root, 'content'), content, { recursive: true });
	const article = (id, name, language, date, paragraphs) =>
		writeFileSync(
			join(content, 'articles', `${id}.md`),
			`---\n# Invented for the screenshots: not a real article.\ntitle:\n  text: "${name} on the hostage releases"\n  basis: stated\noutlet:\n  name: ${name}\nurl: "https://example.org/${id}"\npublished:\n  date: "${date}"\n  precision: day\n  basis: stated\nlanguage: ${language}\n---\n${paragraphs.join('\n\n')}\n`,
		);
	article('sample-wire-2025-02-11', 'Sample Wire', 'en', '2025-02-11', ['An invented wire report for the screenshots. Officials said talks continued.', 'Nothing in it is real; it fills a column.']);
	article('sample-daily-2025-02-12', 'Sample Daily', 'en', '2025-02-12', ['An invented daily report for the screenshots, with a longer paragraph so the column has some length to it.', 'A second invented paragraph.']);
	article('sample-ar-2025-02-13', 'أخبار الاختبار', 'ar', '2025-02-13', ['تقرير تجريبي مخترع لأغراض لقطات الشاشة فقط.', 'فقرة ثانية مخترعة.']);
	const story = join(content, 'stories', 'russia-gaza-hostages.yaml');
	writeFileSync(story, readFileSync(story, 'utf8').replace('articles:\n', 'articles:\n  - sample-wire-2025-02-11\n  - sample-daily-2025-02-12\n  - sample-ar-2025-02-13\n'));
	return content;
}

