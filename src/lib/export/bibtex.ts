import type { CslItem } from './csl';

/**
 * The BibTeX (BibLaTeX dialect) entries of CSL-JSON items, written here
 * rather than by a library, because every byte of a value must be safe: a
 * `.bib` value ends at its closing brace and is typeset by TeX, so a content
 * string with a `}` could add a field and one with `\input` could run a
 * command on the machine of whoever cites the source. (citation-js, used
 * before, wrote literal author names and URLs unescaped, turned `<i>` in a
 * title into an unclosed `\textit{`, and dropped every letter outside its
 * table, Arabic and Cyrillic included.) The rules:
 * - text values (title, author, journaltitle, language, note): TeX's special
 *   characters become escapes that keep braces balanced (`\textbraceleft{}`,
 *   never `\{`, which BibTeX would count as a brace), TeX's ligatures (`--`,
 *   ``` `` ```, `''`, `<<`, `,,`, `` !` ``) are broken with `{}` so they print
 *   as written, runs of whitespace and control characters become one space
 *   (as BibTeX reads them anyway), and every other character, in any script,
 *   stays as it is (the file is UTF-8, which biber reads);
 * - the URL is the WHATWG serialization of the address, with `{`, `}`, `\`
 *   and any whitespace left in it percent-encoded: the same address, with no
 *   character BibTeX reads as structure;
 * - the key is the article id (lower-case letters, digits, single hyphens),
 *   so two ids never share a key.
 */

const TEX_ESCAPES: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\textbraceleft{}',
	'}': '\\textbraceright{}',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}',
	'#': '\\#',
	'%': '\\%',
	'&': '\\&',
	$: '\\$',
	_: '\\_',
};

/** `text` as a TeX-safe BibTeX value (see above); never contains a brace or backslash of its own. */
export function texValue(text: string): string {
	return text
		.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ')
		.trim()
		.replace(/[\\{}^~#%&$_]/g, (char) => TEX_ESCAPES[char]!)
		.replace(/([-`'<>,])(?=\1)/g, '$1{}')
		.replace(/([!?])(?=`)/g, '$1{}');
}

/** The address as BibTeX can hold it: the same URL, with `{`, `}`, `\` and whitespace percent-encoded. */
export function bibUrl(url: string): string {
	const href = URL.canParse(url) ? new URL(url).href : url;
	return href.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(?:-\d{2}){0,2}$/;

const isoDate = (parts: readonly number[]) => parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');

/** One `@article` entry. Throws (a bug, not a content problem) on an id that is not a slug or a date that is not ISO. */
function entry(item: CslItem): string {
	if (!KEY.test(item.id)) throw new Error(`BibTeX key: expected an article id (a slug), got ${JSON.stringify(item.id)}`);
	const dates = item.issued['date-parts'].map(isoDate);
	if (!dates.every((d) => ISO_DATE.test(d))) throw new Error(`BibTeX date: expected ISO dates, got ${JSON.stringify(dates)}`);
	const fields: [string, string][] = [];
	// A literal name in its own brace group, so BibTeX never splits it at "and" or a comma.
	if (item.author?.length) fields.push(['author', item.author.map((a) => `{${texValue(a.literal)}}`).join(' and ')]);
	if (item.title !== undefined) fields.push(['title', texValue(item.title)]);
	fields.push(['journaltitle', texValue(item['container-title'])]);
	fields.push(['date', dates.join('/')]);
	fields.push(['language', texValue(item.language)]);
	if (item.note !== undefined) fields.push(['note', texValue(item.note)]);
	fields.push(['url', bibUrl(item.URL)]);
	return `@article{${item.id},\n${fields.map(([name, value]) => `\t${name} = {${value}},\n`).join('')}}\n`;
}

/**
 * The items as a `.bib` file in the BibLaTeX dialect (`@article`,
 * `journaltitle`, ISO `date` with ranges), which Zotero, JabRef and biber
 * read, one entry per item keyed by its article id.
 */
export function bibtex(items: readonly CslItem[]): string {
	return items.map(entry).join('\n');
}
