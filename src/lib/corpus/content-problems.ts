/** One thing wrong with the content, located by file and field. */
export interface ContentProblem {
	/** The file, relative to the project, such as `content/events/krivoi-release.yaml`. */
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
