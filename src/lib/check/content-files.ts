import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentProblem } from '../corpus/content-problems';
import { decodeContentText, type ReadResult } from './decode-text';

/**
 * The content folder is the build's only input. Its own path may be a link (a
 * checkout under a linked home folder); it is resolved once. Everything
 * beneath it must be a plain folder or a plain file: a symbolic link could
 * publish a file from anywhere on the machine (`/etc/passwd`, another
 * project's drafts) as a page, in the exports and in the search index, and a
 * FIFO or device would hang the build or print what it yields. Such entries
 * are refused without being read, so no byte of them reaches the log or the
 * output.
 */

const LINK_FIX = 'Parallax reads nothing outside the content folder, so its files cannot be links: replace the link with a copy of the file.';

function entryProblem(path: string, display: (path: string) => string, kind: 'file' | 'folder', what: 'link' | 'special'): ContentProblem {
	const noun = kind === 'folder' ? 'This folder' : 'This file';
	return {
		file: display(path),
		field: `(${kind})`,
		message:
			what === 'link'
				? `${noun} is a symbolic link. ${kind === 'folder' ? 'Parallax reads nothing outside the content folder, so its folders cannot be links: replace the link with a copy of the folder.' : LINK_FIX}`
				: `Expected a plain file, but found a special file (a pipe, socket or device), which was not read. Replace it with a plain text file saved as UTF-8.`,
	};
}

/** The result of listing one content folder: the plain files found, and the entries refused. */
export interface ContentListing {
	/** Paths relative to the folder listed, sorted, such as `krivoi-release.yaml`. */
	files: string[];
	problems: ContentProblem[];
}

/**
 * Lists the plain files under `root/folder` whose names end with one of
 * `extensions`, without following any link. Every link (to a file or a
 * folder, whatever its name) and every special file under it is a problem,
 * and so is `folder` itself when it is a link. A folder that does not exist
 * gives no files and no problem (the caller says whether it is needed). This
 * is the one place Parallax lists content files: the content check and the
 * collections' loader (which reads through `loadContent`) see exactly these.
 */
export function listContentFiles(root: string, folder: string, extensions: readonly string[], display: (path: string) => string = (path) => path): ContentListing {
	const top = join(root, folder);
	const problems: ContentProblem[] = [];
	const files: string[] = [];
	const walk = (dir: string, kind: 'folder' | 'file') => {
		let stat;
		try {
			stat = lstatSync(dir);
		} catch {
			return;
		}
		if (stat.isSymbolicLink()) return void problems.push(entryProblem(dir, display, kind, 'link'));
		if (!stat.isDirectory()) return void problems.push(entryProblem(dir, display, kind, 'special'));
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			const path = join(dir, entry.name);
			if (entry.isSymbolicLink()) problems.push(entryProblem(path, display, 'file', 'link'));
			else if (entry.isDirectory()) walk(path, 'folder');
			else if (!extensions.some((ext) => entry.name.endsWith(ext))) continue;
			else if (entry.isFile()) files.push(relative(top, path));
			else problems.push(entryProblem(path, display, 'file', 'special'));
		}
	};
	if (existsSync(top) || isLink(top)) walk(top, 'folder');
	return { files: files.sort(), problems };
}

/** True when something (a file, a folder, a link, even a broken one) is at `path`. */
export function isPresent(path: string): boolean {
	try {
		lstatSync(path);
		return true;
	} catch {
		return false;
	}
}

function isLink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

/**
 * Reads one content file as UTF-8 text. The file is opened without following
 * a link (`O_NOFOLLOW`) and without waiting on a pipe (`O_NONBLOCK`), and is
 * read only when it is a plain file of at most `maxBytes` bytes, so a link or
 * a FIFO swapped in after the listing is refused as well. Bytes that are not
 * UTF-8 are refused, never replaced (see `decodeContentText`).
 */
export function readContentFile(path: string, display: (path: string) => string = (path) => path, maxBytes = Number.POSITIVE_INFINITY): ReadResult {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOOP') return { problem: entryProblem(path, display, 'file', 'link') };
		return { problem: { file: display(path), field: '(file)', message: `The file could not be opened (${code ?? 'unknown error'}). Check that it exists and that you may read it.` } };
	}
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) return { problem: entryProblem(path, display, 'file', 'special') };
		if (stat.size > maxBytes) return { problem: { file: display(path), field: '(file)', message: `Expected a file of at most ${maxBytes.toLocaleString('en')} bytes, but found ${stat.size.toLocaleString('en')} bytes. It was not read. Split it, or check that it is the file you meant; the limits are listed in the README ("Limits").` } };
		return decodeContentText(readFileSync(fd), display(path));
	} finally {
		closeSync(fd);
	}
}

/** The content root with every link in its own path resolved, once: what is beneath it is checked by `listContentFiles`. */
export function realContentRoot(root: string): string {
	return existsSync(root) ? realpathSync(root) : root;
}

/**
 * Every link and special file in the folders of a content root that Parallax
 * reads or writes (`articles/`, `events/`, `stories/`, `entities.yaml`), with
 * the root's own path resolved first. The capture commands call it before
 * writing, so they never write through a link to outside the folder.
 */
export function contentLinkProblems(root: string, display: (path: string) => string = (path) => path): ContentProblem[] {
	const real = realContentRoot(root);
	const problems = [
		...listContentFiles(real, 'articles', ['.md'], display).problems,
		...listContentFiles(real, 'events', ['.yaml', '.yml'], display).problems,
		...listContentFiles(real, 'stories', ['.yaml', '.yml'], display).problems,
	];
	const entities = join(real, 'entities.yaml');
	if (isLink(entities)) problems.push(entryProblem(entities, display, 'file', 'link'));
	return problems;
}
