/**
 * A wire dateline at the start of a text, as printed: a place in capitals,
 * then optionally a date and the agency, and the dash or slashes that close
 * it ("MOSCOW, February 10. /TASS/.", "GAZA CITY, Feb 3 (Reuters) -",
 * "JERUSALEM (AP) —", "МОСКВА, 10 февраля. /ТАСС/."). `undefined` when the
 * text opens otherwise.
 */
export function datelineOf(text: string): string | undefined {
	const match = /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?: \p{Lu}[\p{Lu}\p{M}'’.-]*)*(?:, [^.()/—–\n]{2,30}?)?(?:\.? \/[^/\n]{2,30}\/\.?| \([^)\n]{2,30}\) ?[-–—]| ?[-–—](?= )))(?= )/u.exec(text);
	if (!match) return undefined;
	// A place in capitals has at least three letters: "A" or "I" opening a sentence is no dateline.
	return /\p{Lu}{3}/u.test(match[1]!.split(/[,( /]/)[0]!) ? match[1] : undefined;
}
