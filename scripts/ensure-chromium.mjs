// Makes sure the browser tests have a Chromium. Playwright cannot download its
// own browser here, so the tests use Debian's package. As root with apt, this
// installs it; otherwise it stops and names the one command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './chromium-options.mjs';

if (existsSync(chromiumExecutable)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt && chromiumExecutable === '/usr/bin/chromium') {
	console.log('Chromium not found: installing Debian\'s `chromium` package for the browser tests…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
	if (existsSync(chromiumExecutable)) process.exit(0);
}
console.error(
	`The browser tests need Chromium at ${chromiumExecutable}, and none was found.\n` +
		'Install it with:  sudo apt-get install -y chromium\n' +
		'(or set CHROMIUM_PATH to a Chromium or Chrome binary), then run `npm test` again.',
);
process.exit(1);
