/**
 * Enhancements on top of pages that work without JavaScript: citing
 * (`cite.ts`), one tab stop per paragraph's notes (`note-groups.ts`), the
 * compare view's selection (`compare.ts`) and search (`search.ts`).
 */
import './cite';
import './note-groups';
import './compare';
import './search';
