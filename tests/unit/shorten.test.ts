import { expect, it } from 'vitest';
import { shorten } from '../../src/lib/display/shorten';

it('cuts long text to the limit with an ellipsis and leaves short text alone', () => {
	expect(shorten('Putin meets freed hostages in the Kremlin', 20)).toBe('Putin meets freed h…');
	expect(shorten('Putin meets freed hostages', 26)).toBe('Putin meets freed hostages');
	expect(shorten('one two three', 9)).toBe('one two…');
});
