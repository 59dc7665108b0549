// Launch options for Debian's Chromium, shared by Playwright's config and the scripts.
// The browser is the system one (`/usr/bin/chromium`): Playwright cannot download its own here.
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumLaunchOptions = {
	executablePath: chromiumExecutable,
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
};
