/**
 * Aho–Corasick multi-pattern search: every occurrence of every pattern in one
 * pass over the text, in time proportional to the text length plus the total
 * pattern length plus the number of matches (not patterns × text).
 */
interface State {
	next: Map<string, number>;
	fail: number;
	/** Patterns that end at this state, including through failure links. */
	output: number[];
}

export interface Match {
	/** Index of the pattern in the list given to `createSearcher`. */
	pattern: number;
	/** Start offset in the text (inclusive). */
	start: number;
	/** End offset in the text (exclusive). */
	end: number;
}

export interface Searcher {
	/** Every occurrence of every pattern in `text`, overlapping ones included, ordered by end offset. */
	search(text: string): Match[];
}

/** Builds the automaton once for a set of non-empty patterns. */
export function createSearcher(patterns: readonly string[]): Searcher {
	const states: State[] = [{ next: new Map(), fail: 0, output: [] }];
	patterns.forEach((pattern, index) => {
		if (pattern.length === 0) throw new Error(`Pattern ${index} is empty; every pattern needs at least one character.`);
		let state = 0;
		// UTF-16 code units, exactly as `search` walks the text.
		for (let k = 0; k < pattern.length; k++) {
			const char = pattern[k]!;
			let target = states[state]!.next.get(char);
			if (target === undefined) {
				target = states.length;
				states.push({ next: new Map(), fail: 0, output: [] });
				states[state]!.next.set(char, target);
			}
			state = target;
		}
		states[state]!.output.push(index);
	});

	// Breadth-first: each state's failure link is the longest proper suffix that is also a prefix.
	const queue: number[] = [...states[0]!.next.values()];
	for (let head = 0; head < queue.length; head++) {
		const current = queue[head]!;
		for (const [char, child] of states[current]!.next) {
			queue.push(child);
			let fallback = states[current]!.fail;
			while (fallback !== 0 && !states[fallback]!.next.has(char)) fallback = states[fallback]!.fail;
			const candidate = states[fallback]!.next.get(char);
			states[child]!.fail = candidate !== undefined && candidate !== child ? candidate : 0;
			states[child]!.output.push(...states[states[child]!.fail]!.output);
		}
	}

	return {
		search(text: string): Match[] {
			const matches: Match[] = [];
			let state = 0;
			for (let i = 0; i < text.length; i++) {
				const char = text[i]!;
				while (state !== 0 && !states[state]!.next.has(char)) state = states[state]!.fail;
				state = states[state]!.next.get(char) ?? 0;
				for (const pattern of states[state]!.output) {
					matches.push({ pattern, start: i + 1 - patterns[pattern]!.length, end: i + 1 });
				}
			}
			return matches;
		},
	};
}
