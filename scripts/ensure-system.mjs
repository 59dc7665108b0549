// Makes sure the tests have the system programs they use, from Debian's
// packages: Chromium for the browser tests (Playwright cannot download its own
// browser here), poppler-utils to read printed pages (pdftotext), and Java for
// the Nu Html Checker. As root with apt, it installs what is missing;
// otherwise it stops and names the one command to run.
//
//   node scripts/ensure-system.mjs chromium poppler java
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './chromium-options.mjs';

export const javaExecutable = process.env.JAVA_PATH ?? 'java';

const tools = {
	chromium: {
		purpose: 'The browser tests need Chromium',
		where: chromiumExecutable,
		present: () => existsSync(chromiumExecutable),
		// A custom path is the user's own browser: never replaced with apt.
		installable: chromiumExecutable === '/usr/bin/chromium',
		aptPackage: 'chromium',
		otherwise: 'or set CHROMIUM_PATH to a Chromium or Chrome binary',
	},
	poppler: {
		purpose: 'The print tests read printed PDFs with pdftotext (poppler-utils)',
		where: 'pdftotext',
		present: () => spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0,
		installable: true,
		aptPackage: 'poppler-utils',
		otherwise: 'or put a pdftotext on the PATH',
	},
	java: {
		purpose: 'The HTML validity test (Nu Html Checker) needs Java',
		where: javaExecutable,
		present: () => spawnSync(javaExecutable, ['-version'], { stdio: 'ignore' }).status === 0,
		installable: javaExecutable === 'java',
		aptPackage: 'default-jre-headless',
		otherwise: 'or set JAVA_PATH to a java binary',
	},
};

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
let updated = false;

let failed = false;
for (const name of process.argv.slice(2)) {
	const tool = tools[name];
	if (!tool) throw new Error(`Unknown tool ${name}; known: ${Object.keys(tools).join(', ')}`);
	if (tool.present()) continue;
	if (isRoot && hasApt && tool.installable) {
		console.log(`${name} not found: installing Debian's \`${tool.aptPackage}\` package…`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		if (!updated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		updated = true;
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', tool.aptPackage], { stdio: 'inherit', env });
		if (tool.present()) continue;
	}
	console.error(
		`${tool.purpose} at ${tool.where}, and none was found.\n` +
			`Install it with:  sudo apt-get install -y ${tool.aptPackage}\n` +
			`(${tool.otherwise}), then run \`npm test\` again.`,
	);
	failed = true;
}
process.exit(failed ? 1 : 0);
