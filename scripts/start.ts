/**
 * Starts Sapar: checks the configuration, rebuilds only when the sources changed since the last build,
 * starts the embedded PostgreSQL when DATABASE_URL is not set, runs migrations, loads reference and
 * demo data, the background workers and the web server. Prints where to sign in.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { checkConfig, formatProblems, postgresDir } from '#lib/server/config';
import { startupProblems } from '#lib/server/channels/config';
import { startEmbedded, type Embedded } from '#lib/server/db/embedded';
import { buildIsCurrent } from './build-stamp';

const problems = checkConfig(process.env, startupProblems);
if (problems.length) {
	console.error(formatProblems(problems));
	process.exit(1);
}

if (process.env.SAPAR_BUILD !== 'skip' && !buildIsCurrent()) {
	console.log('Building Sapar (the sources changed since the last build)…');
	const built = spawnSync('node_modules/.bin/vite', ['build'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
process.env.ORIGIN ??= `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
process.env.PORT = String(port);

let embedded: Embedded | undefined;
const clusterDir = postgresDir();
if (!process.env.DATABASE_URL) {
	embedded = await startEmbedded(clusterDir, 'sapar', Number(process.env.SAPAR_EMBEDDED_PORT ?? 5433));
	process.env.DATABASE_URL = embedded.url;
}

// Imported after DATABASE_URL and ORIGIN are settled.
const { config } = await import('#lib/server/config');
const { getDb } = await import('#lib/server/db/client');
const { markStopping, shutdown } = await import('#lib/server/lifecycle');
const { prepareDatabase } = await import('#lib/server/db/setup');
const { log } = await import('#lib/server/log');
const demo = await import('#lib/server/demo/demo.seed');
const { startServer } = await import('../server');

if (!existsSync('build/handler.js')) {
	console.error('No build found: run `npm run build` first (npm start does it for you).');
	process.exit(1);
}

const withDemo = (process.env.SAPAR_DEMO ?? (config.mode === 'production' ? 'off' : 'on')) === 'on';
await prepareDatabase(getDb(), { demo: withDemo });
const server = await startServer(port, host);

let stopping = false;
async function stop(signal: string) {
	if (stopping) return;
	stopping = true;
	markStopping();
	log.info('stopping', { signal });
	server.close();
	server.closeAllConnections();
	await shutdown(); // job workers and database pools of every module copy
	await embedded?.stop().catch(() => {});
	process.exit(0);
}
// While stopping, the embedded PostgreSQL may close connections before their pools are ended.
process.on('uncaughtException', (error: Error & { code?: string }) => {
	if (stopping && error.code === '57P01') return;
	log.error('uncaught exception', { error });
	process.exit(1);
});
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

const lines = [
	'',
	`Sapar is running at ${config.origin}/  (mode: ${config.mode}; database: ${embedded ? `embedded PostgreSQL in ${clusterDir}` : 'DATABASE_URL'})`
];
if (withDemo) {
	lines.push(
		'',
		'Demo sign-ins',
		`  Migrant: ${config.origin}/ky/sign-in  phone ${demo.DEMO_MIGRANT_PHONE} (or any number); the code appears at ${config.origin}/dev/outbox`,
		`  Staff:   ${config.origin}/staff/sign-in  password "${demo.DEMO_PASSWORD}"`,
		`           second factor: add TOTP secret ${demo.DEMO_TOTP_SECRET} to an authenticator app, or run: npm run totp`,
		...demo.DEMO_STAFF.map((s) => `           ${s.email.padEnd(28)} ${s.role} @ ${s.organisation}`)
	);
}
if (!config.useOutbox) lines.push('', 'Messages are sent for real (production mode).');
else lines.push('', `Outgoing SMS and email are captured at ${config.origin}/dev/outbox`);
console.log(lines.join('\n') + '\n');
