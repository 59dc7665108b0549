import { describe, expect, it } from 'vitest';
import { passageNames } from '../../src/lib/export/search-names';
import { EntitySchema } from '../../src/schemas/entity';

const entities = new Map([
	['ann-lee', EntitySchema.parse({ id: 'ann-lee', name: 'Ann Lee', kind: 'person', variants: ['Anne Lee', 'Lee', { text: 'Anna Lee', errorIn: 'north', note: 'n' }] })],
	['port', EntitySchema.parse({ id: 'port', name: 'Portville', kind: 'place' })],
]);

describe('passageNames', () => {
	it('indexes every spelling of each entity the passage names, and says whose name each written form is', () => {
		const names = passageNames('Anne Lee arrived in Portville.', 'south', [{ entityId: 'ann-lee', written: ['Anne Lee'] }, { entityId: 'port', written: ['Portville'] }], entities)!;
		expect(names.indexed).toBe('Names: Ann Lee, also written Anne Lee, Lee, Anna Lee (in error); Portville.');
		expect(names.shown).toBe('“Anne Lee” is Ann Lee; Portville');
		expect(names.index).toBe('ann-lee=ann lee|anne lee|lee|anna lee;port=portville');
	});

	it('flags a name that is a known error of this source, and only of this source', () => {
		const written = [{ entityId: 'ann-lee', written: ['Anna Lee'] }];
		expect(passageNames('Anna Lee spoke.', 'north', written, entities)!.shown).toBe('“Anna Lee” is an error of this source for Ann Lee');
		expect(passageNames('Anna Lee spoke.', 'south', written, entities)!.shown).toBe('“Anna Lee” is Ann Lee');
	});

	it('counts only whole words in this passage, and gives nothing for a passage without names', () => {
		expect(passageNames('Leeward winds.', 'south', [{ entityId: 'ann-lee', written: ['Lee'] }], entities)).toBeUndefined();
		expect(passageNames('Nothing here.', 'south', [], entities)).toBeUndefined();
	});
});
