/**
 * Counts of sources written into prose ("Three sources, a year apart, …"). The
 * reader shows how many sources a story or an event has from the data
 * (EDITORIAL.md: "Text that the data can compute … is shown from the data"), so
 * a count written by hand can only go stale: adding a source to a story would
 * leave "three sources" in its summary.
 */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
// A count of some of the sources ("only one source gives the day", "no one reports", "two of the sources") is not the total, and is left alone.
const PART_OF = '(?<!\\b(?:only|just|no|least|most|than|of|but|any|every|which|each)\\s+)';
const COUNT = new RegExp(`${PART_OF}\\b(both|${NUMBER_WORDS.join('|')}|\\d+)\\s+(?:(?:news|different|independent|separate|other)\\s+)?(sources?|outlets?|articles?|reports?)\\b(?!\\s+of\\b)`, 'giu');

/** Every count of all the sources written in `text`, with the number it states (`both` is 2). */
export function writtenSourceCounts(text: string): { found: string; count: number }[] {
	return [...text.matchAll(COUNT)].map((m) => {
		const word = m[1]!.toLowerCase();
		return { found: m[0], count: word === 'both' ? 2 : /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word) };
	});
}
