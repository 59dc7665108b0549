/**
 * Each paragraph's notes and controls (`.para-notes`, a `role="group"`) are
 * one tab stop: Tab enters the group at the control last used, and the arrow
 * keys, Home and End move inside it (a roving tabindex). Without the script
 * every control is its own tab stop.
 */
const ITEMS = 'a[href], button';

function items(group: Element): HTMLElement[] {
	return [...group.querySelectorAll<HTMLElement>(ITEMS)];
}

function makeCurrent(group: Element, current: HTMLElement): void {
	for (const item of items(group)) item.tabIndex = item === current ? 0 : -1;
}

for (const group of document.querySelectorAll('.para-notes')) {
	const [first] = items(group);
	if (first) makeCurrent(group, first);
}

document.addEventListener('focusin', (event) => {
	const target = event.target as HTMLElement;
	const group = target.closest?.('.para-notes');
	if (group && target.matches(ITEMS)) makeCurrent(group, target);
});

const MOVES: Record<string, (i: number, n: number) => number> = {
	ArrowRight: (i, n) => (i + 1) % n,
	ArrowDown: (i, n) => (i + 1) % n,
	ArrowLeft: (i, n) => (i - 1 + n) % n,
	ArrowUp: (i, n) => (i - 1 + n) % n,
	Home: () => 0,
	End: (_, n) => n - 1,
};

document.addEventListener('keydown', (event) => {
	const move = MOVES[event.key];
	const target = event.target as HTMLElement;
	const group = move && !event.altKey && !event.ctrlKey && !event.metaKey ? target.closest?.('.para-notes') : null;
	if (!move || !group) return;
	const list = items(group);
	const at = list.indexOf(target);
	if (at < 0) return;
	event.preventDefault();
	list[move(at, list.length)]?.focus();
});
