import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// With its extension, so that `node scripts/index-search.mjs` can load this file as it is.
import { realPath } from './real-path.ts';

/** What a lock file holds: who writes to which output folder, since when. */
interface LockRecord {
	pid: number;
	outDir: string;
	since: string;
}

/**
 * The lock file of an output folder. It lies outside the folder, because Astro
 * empties the folder first; it is keyed by the folder's real path, so two
 * spellings of one folder (a symlink, `./dist` and `dist`) share one lock.
 */
export function lockFileOf(outDir: string): string {
	const key = createHash('sha256').update(realPath(outDir)).digest('hex').slice(0, 16);
	return join(tmpdir(), 'parallax-build-locks', `${key}.lock`);
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readRecord(file: string): LockRecord | undefined {
	try {
		const record = JSON.parse(readFileSync(file, 'utf8')) as LockRecord;
		return typeof record.pid === 'number' ? record : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Takes the lock on `outDir` for this process until it exits, or returns why
 * it cannot: another running process holds it. A lock left by a process that
 * no longer runs (a killed build) is stale and taken over. Errors: none; a
 * problem is returned as a message naming the other process and the lock file.
 */
export function lockOutputDir(outDir: string): { problem?: string } {
	const file = lockFileOf(outDir);
	mkdirSync(join(file, '..'), { recursive: true });
	const mine: LockRecord = { pid: process.pid, outDir: realPath(outDir), since: new Date().toISOString() };
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
			process.once('exit', () => releaseOutputDir(outDir));
			return {};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = readRecord(file);
		if (holder?.pid === process.pid) return {};
		if (holder && isRunning(holder.pid)) {
			return {
				problem: `Another Parallax build (process ${holder.pid}, started ${holder.since}) is writing to the output folder ${mine.outDir}. Two builds into one folder would leave pages of both. Wait for it to finish, or set \`PARALLAX_OUT_DIR\` to another folder. If no build is running, delete the lock file ${file}.`,
			};
		}
		// Stale: its process has ended without releasing it.
		rmSync(file, { force: true });
	}
	return { problem: `Could not take the lock file ${file} for the output folder ${mine.outDir}: another build took it at the same moment. Run the build again.` };
}

/** Gives up this process's lock on `outDir`; a lock another process holds is left alone. */
export function releaseOutputDir(outDir: string): void {
	const file = lockFileOf(outDir);
	if (readRecord(file)?.pid === process.pid) rmSync(file, { force: true });
}
