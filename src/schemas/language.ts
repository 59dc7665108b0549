import { z } from 'astro/zod';
import { plain } from './plain-errors';

/** Scripts and languages written right to left (BCP 47 subtags). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'iw']);

/** True when the tag is well-formed BCP 47 and the browser's Intl knows how to read it. */
export function isLanguageTag(tag: string): boolean {
	try {
		return Intl.getCanonicalLocales(tag).length === 1;
	} catch {
		return false;
	}
}

/** The writing direction a BCP 47 tag implies: its script subtag wins over its language. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
	const [language = '', ...rest] = tag.toLowerCase().split('-');
	const script = rest.find((part) => part.length === 4);
	if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
	return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/** A BCP 47 language tag such as `en`, `ru` or `ar-EG`; it sets the page's `lang` and `dir`. */
export const LanguageSchema = z
	.string({ error: plain('a BCP 47 language tag such as `en` or `ar`') })
	.refine(isLanguageTag, {
		error: (issue) => `Expected a BCP 47 language tag such as \`en\`, \`ru\` or \`ar-EG\`, but found ${JSON.stringify(issue.input)}. Use the language's two- or three-letter code.`,
	});
