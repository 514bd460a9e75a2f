/**
 * Admission limit for sign-up writes (issue 17: graceful rush). At most `limit` sign-ups write at once
 * in this process and at most `queue` wait, each no longer than `waitMs`; anyone beyond that is told to
 * come back (a page, or 429 with Retry-After for the API) before anything is written, so an accepted
 * sign-up is always one that was committed, and the rest of the portal keeps its database connections.
 */
export class Admission {
	private active = 0;
	private waiting: { resolve: (ok: boolean) => void; timer: NodeJS.Timeout }[] = [];
	constructor(
		readonly limit: number,
		readonly queue: number,
		readonly waitMs: number
	) {}

	/** Resolves true when admitted (call `release` afterwards), false when the caller should come back later. */
	acquire(): Promise<boolean> {
		if (this.active < this.limit) {
			this.active++;
			return Promise.resolve(true);
		}
		if (this.waiting.length >= this.queue) return Promise.resolve(false);
		return new Promise((resolve) => {
			const entry = {
				resolve,
				timer: setTimeout(() => {
					this.waiting = this.waiting.filter((w) => w !== entry);
					resolve(false);
				}, this.waitMs)
			};
			this.waiting.push(entry);
		});
	}

	release(): void {
		const next = this.waiting.shift();
		if (next) {
			clearTimeout(next.timer);
			next.resolve(true);
		} else this.active = Math.max(0, this.active - 1);
	}

	/** Runs `fn` when admitted; null when not. */
	async run<T>(fn: () => Promise<T>): Promise<T | null> {
		if (!(await this.acquire())) return null;
		try {
			return await fn();
		} finally {
			this.release();
		}
	}

	get load() {
		return { active: this.active, waiting: this.waiting.length };
	}
}

const int = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) ? Number(value) : fallback);

/** The process-wide limit: by default a little under the database pool, so pages keep connections. */
export const signupAdmission = new Admission(
	int(process.env.PROGRAMME_SIGNUP_CONCURRENCY, Math.max(1, int(process.env.DB_POOL_MAX, 10) - 3)),
	int(process.env.PROGRAMME_SIGNUP_QUEUE, 200),
	int(process.env.PROGRAMME_SIGNUP_WAIT_MS, 3000)
);

/** Seconds until a refused person should try again: a short spread so they do not all come back at once. */
export const retryAfterSeconds = () => 30 + Math.floor(Math.random() * 60);
