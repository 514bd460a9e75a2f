/**
 * Staff e-mail enumeration by timing (issue 15, finding 5): a wrong password for a known staff e-mail
 * and any password for an unknown one should take the same time. Prints one JSON line with the
 * medians and their ratio (target: ratio between 0.8 and 1.25). Needs DATABASE_URL (a migrated DB).
 */
import { randomUUID } from 'node:crypto';
import { percentile } from './measure';

process.env.LOG_LEVEL ??= 'warn';
const N = Number(process.env.BENCH_RUNS ?? 20);
const { getDb, closeDb } = await import('#lib/server/db/client');
const { getAuth } = await import('#lib/server/auth/auth');
const { authUser } = await import('#lib/server/auth/auth.table');
const { signInStaff } = await import('#lib/server/auth/auth.service');
const { eq } = await import('drizzle-orm');

const known: string[] = [];
for (let i = 0; i < N; i++) {
	const email = `bench-${randomUUID().slice(0, 8)}@example.kg`;
	const created = await getAuth().api.signUpEmail({ body: { email, password: 'correct horse battery staple', name: 'Bench' } });
	await getDb().update(authUser).set({ kind: 'staff' }).where(eq(authUser.id, created.user.id));
	known.push(email);
}
const time = async (email: string, i: number) => {
	const t = performance.now();
	await signInStaff(email, 'wrong password!!', { headers: new Headers(), ip: `10.77.${i >> 8}.${i & 255}` }).catch(() => undefined);
	return performance.now() - t;
};
await time(`warm-${randomUUID()}@example.kg`, 9999);
const knownTimes: number[] = [];
const unknownTimes: number[] = [];
for (let i = 0; i < N; i++) {
	knownTimes.push(await time(known[i], 2 * i));
	unknownTimes.push(await time(`nobody-${randomUUID()}@example.kg`, 2 * i + 1));
}
const k = percentile(knownTimes, 50);
const u = percentile(unknownTimes, 50);
console.log(JSON.stringify({ bench: 'sign-in-timing', runs: N, knownMedianMs: +k.toFixed(1), unknownMedianMs: +u.toFixed(1), ratio: +(u / k).toFixed(2) }));
await closeDb();
