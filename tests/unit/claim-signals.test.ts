import { describe, expect, it } from 'vitest';
import { claimSignals, listNames, outsideSignal, type SignalSource } from '../../src/lib/corpus/claim-signals';
import type { ResolvedClaim } from '../../src/lib/corpus/resolve-claims';
import type { Discrepancy } from '../../src/schemas/discrepancy';

const outlets: Record<string, string> = { north: 'North Post', south: 'South Wire', east: 'East Daily' };
const claim = (article: string, id: string, extra: Partial<ResolvedClaim> = {}): ResolvedClaim => ({
	article,
	id,
	ref: `${article}#${id}`,
	eventId: 'ev',
	file: 'ev.yaml',
	field: 'claims[0]',
	quote: 'q',
	speaker: 'narration',
	relation: 'agrees',
	...extra,
});
function source(claims: ResolvedClaim[], discrepancies: Discrepancy[] = []): SignalSource {
	return {
		claimsOfEvent: (id) => claims.filter((c) => c.eventId === id),
		event: () => ({ data: { discrepancies } }),
		article: (id) => ({ data: { outlet: { name: outlets[id]! } } }),
	};
}
const refuting = { finding: 'refutes' as const, differsOn: ['date' as const], note: 'Other reporting gives the 26th.', sources: [{ outlet: 'Wire', date: '2023-11-26', url: 'https://example.org/a' }] };

describe('claimSignals', () => {
	it('names the sources an agreeing claim agrees with, and says when it was not checked', () => {
		const claims = [claim('north', 'a'), claim('south', 'a'), claim('east', 'a', { relation: 'adds' })];
		const signals = claimSignals(claims[0]!, source(claims));
		expect(signals.relation).toMatchObject({ kind: 'agrees', label: 'Agrees with South Wire', counterparts: ['South Wire'] });
		expect(signals.outside).toMatchObject({ finding: 'not-checked', label: 'Not checked against other reporting', sources: [] });
		expect(signals.contested).toBe(false);
		expect(signals.label).toBe('Agrees with South Wire · not checked against other reporting');
	});

	it('never leaves a refuted claim as a bare agreement: the finding and what differs go with it', () => {
		const claims = [claim('north', 'a', { context: refuting }), claim('south', 'a'), claim('east', 'a')];
		const signals = claimSignals(claims[0]!, source(claims));
		expect(signals.relation.label).toBe('Agrees with South Wire and East Daily');
		expect(signals.outside).toMatchObject({ finding: 'refutes', label: 'Contradicted by other reporting (date)', differsOn: ['date'] });
		expect(signals.outside.sources).toHaveLength(1);
		expect(signals.contested).toBe(true);
		expect(signals.label).toBe('Agrees with South Wire and East Daily · contradicted by other reporting (date)');
	});

	it('names the other side of a discrepancy, for the differing claim and for a claim it names with another relation', () => {
		const claims = [claim('north', 'a', { relation: 'differs' }), claim('south', 'a', { relation: 'adds' }), claim('east', 'a', { relation: 'adds' })];
		const discrepancies = [{ about: 'his name', claims: ['north#a', 'south#a'], description: 'd' }];
		const differing = claimSignals(claims[0]!, source(claims, discrepancies));
		expect(differing.relation).toMatchObject({ label: 'Differs from South Wire', counterparts: ['South Wire'] });
		expect(differing.relation.discrepancies).toHaveLength(1);
		expect(differing.contested).toBe(true);
		const other = claimSignals(claims[1]!, source(claims, discrepancies));
		expect(other.relation.label).toBe('Adds detail · North Post differs');
		expect(other.contested).toBe(true);
		expect(claimSignals(claims[2]!, source(claims, discrepancies)).contested).toBe(false);
	});

	it('says which occasion, and what background or support outside reporting gives', () => {
		const claims = [
			claim('north', 'a', { relation: 'other-occasion', occasion: 'Interview, 2024', context: { finding: 'supports', note: 'n', sources: refuting.sources } }),
			claim('south', 'a', { relation: 'other-occasion', context: { finding: 'not-enough-info', note: 'n', sources: refuting.sources } }),
		];
		expect(claimSignals(claims[0]!, source(claims)).label).toBe('Another occasion (Interview, 2024) · consistent with other reporting');
		expect(claimSignals(claims[1]!, source(claims)).label).toBe('Another occasion · other reporting: background only');
	});
});

describe('outsideSignal', () => {
	it('lists every difference in words', () => {
		expect(outsideSignal({ context: { ...refuting, differsOn: ['name', 'actor', 'count'] } }).label).toBe('Contradicted by other reporting (name, who acted and count)');
	});
});

describe('listNames', () => {
	it('joins names as a sentence does', () => {
		expect(listNames([])).toBe('');
		expect(listNames(['A'])).toBe('A');
		expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
	});
});
