import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Starts Sapar as `npm start` would (built app, embedded database in .data/bench-postgres). */
export async function startApp(port = Number(process.env.BENCH_PORT ?? 4180)): Promise<{ base: string; stop: () => Promise<void> }> {
	const base = process.env.BENCH_URL;
	if (base) return { base, stop: async () => {} };
	if (!existsSync('build/handler.js')) throw new Error('run `npm run build` first');
	const child: ChildProcess = spawn('node_modules/.bin/tsx', ['scripts/start.ts'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SAPAR_DATA_DIR: '.data/bench-postgres', LOG_LEVEL: 'warn' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	// Patient: migrations, content files and demo data on a machine that may be shared and busy.
	const until = Date.now() + Number(process.env.BENCH_START_TIMEOUT_S ?? 600) * 1000;
	for (;;) {
		try {
			if ((await fetch(`${url}/readyz`)).ok) break;
		} catch {
			/* not yet */
		}
		if (Date.now() > until) throw new Error('app did not become ready');
		await new Promise((r) => setTimeout(r, 250));
	}
	return {
		base: url,
		stop: () =>
			new Promise<void>((resolve) => {
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
