/**
 * Compares two strings by UTF-16 code unit, as `<` does: the same order on
 * every machine. `localeCompare` without a fixed locale follows the machine's
 * `LC_ALL`/`LANG` (under `cs_CZ` "ch" sorts after "h"), so event numbers,
 * colours and column order would change from one machine to the next.
 * Ids are ASCII slugs and dates are ISO strings, for which this is also the
 * natural order.
 */
export function compareCodeUnits(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
