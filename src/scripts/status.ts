/** The page's status line (`#reader-status`): what the last action did, for everyone and for screen readers. */
export const status = document.getElementById('reader-status');

export function announce(message: string): void {
	if (!status) return;
	status.textContent = message;
	status.classList.add('is-visible');
	window.setTimeout(() => status.classList.remove('is-visible'), 4000);
}
