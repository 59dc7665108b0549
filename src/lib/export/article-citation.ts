import type { Article } from '../../schemas/article';
import { bibtex } from './bibtex';
import { cslItem } from './csl';

/** One article's citation in one format: what its page shows and downloads. */
export interface CitationFile {
	/** The format's name, as reference managers say it. */
	label: 'BibTeX' | 'CSL-JSON';
	/** The downloaded file's name: `<article-id>.bib` or `<article-id>.csl.json`. */
	filename: string;
	/** The media type (without charset). */
	mediaType: string;
	/** The file's text, UTF-8. */
	text: string;
}

/**
 * One article's citation as BibTeX (BibLaTeX) and as CSL-JSON (one item in an
 * array), the same entries `/citations.bib` and `/citations.csl.json` hold for
 * every source. The article page shows both and downloads each from a `data:`
 * URL, so no article has citation files of its own (hosts limit file counts).
 */
export function articleCitations(id: string, article: Article): CitationFile[] {
	const item = cslItem(id, article);
	return [
		{ label: 'BibTeX', filename: `${id}.bib`, mediaType: 'application/x-bibtex', text: bibtex([item]) },
		{ label: 'CSL-JSON', filename: `${id}.csl.json`, mediaType: 'application/vnd.citationstyles.csl+json', text: oneKeyPerLine(item) },
	];
}

/** `[item]` as JSON with one key per line and each value on its line: as readable as indented JSON, and shorter (a date is one line, not nine). */
function oneKeyPerLine(item: object): string {
	const lines = Object.entries(item).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
	return `[\n {\n${lines.join(',\n')}\n }\n]\n`;
}
