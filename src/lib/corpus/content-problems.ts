import { compareCodeUnits } from './order';

/** One thing wrong with the content, located by file and field. */
export interface ContentProblem {
	/** The file as the user would type it where they ran the command (`displayFrom`), such as `content/events/krivoi-release.yaml`. */
	file: string;
	/** The 1-based line in the file, when it can be known. */
	line?: number | undefined;
	/** The field or claim, such as `claims[2]` or `claims[2].article`. */
	field: string;
	/** The article concerned, when there is one. */
	article?: string | undefined;
	/** What was expected, what was found, and how to fix it. */
	message: string;
}

/** Fails the build with every content problem at once, each naming its file and field. */
export class ContentError extends Error {
	readonly problems: readonly ContentProblem[];

	constructor(problems: readonly ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

export function formatProblems(problems: readonly ContentProblem[]): string {
	const lines = problems.map((problem, index) => {
		const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}, ${problem.field}${problem.article ? ` (article \`${problem.article}\`)` : ''}`;
		return `${index + 1}. ${where}:\n   ${problem.message.replace(/\n/g, '\n   ')}`;
	});
	return `Parallax found ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} in the content:\n\n${lines.join('\n\n')}\n`;
}

/** Edit distance between two short ids, for suggesting the one that was meant. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}

const SHOWN = 8;

/**
 * Known ids for a message, as `` `a`, `b` ``: all of them when there are few,
 * otherwise the ones closest to `near` (what was written) and how many more,
 * so a large corpus never prints thousands of ids.
 */
export function listIds(ids: Iterable<string>, near?: string): string {
	let list = [...new Set(ids)].sort();
	if (list.length === 0) return 'none';
	const more = list.length - SHOWN;
	if (more > 0) list = (near === undefined ? list : [...list].sort((x, y) => distance(near, x) - distance(near, y) || compareCodeUnits(x, y))).slice(0, SHOWN);
	return `${list.map((id) => `\`${id}\``).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
