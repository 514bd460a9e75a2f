export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A token bucket: `take()` resolves when the next send may start (rate per second, small bursts). */
export class RateGate {
	private tat = 0;
	private readonly interval: number;
	private readonly burstMs: number;
	constructor(ratePerSecond: number) {
		this.interval = ratePerSecond > 0 && Number.isFinite(ratePerSecond) ? 1000 / ratePerSecond : 0;
		// Up to a tenth of a second of sends may start together (timers are not finer than a millisecond).
		this.burstMs = Math.min(100, this.interval * Math.max(1, ratePerSecond / 10));
	}
	/** Milliseconds to wait before the next send, and books it. */
	reserve(now = Date.now()): number {
		if (this.interval === 0) return 0;
		// GCRA: the theoretical arrival time runs ahead of the clock by one interval per send.
		const tat = Math.max(this.tat, now);
		this.tat = tat + this.interval;
		return Math.max(0, tat - now - this.burstMs);
	}
	async take(): Promise<void> {
		const wait = this.reserve();
		if (wait > 0) await sleep(wait);
	}
}

/** At most `perSecond` sends per address (Telegram: one a second per chat); returns the wait for this one. */
export class PerAddressGate {
	private readonly last = new Map<string, number>();
	private readonly interval: number;
	constructor(perSecond: number) {
		this.interval = perSecond > 0 ? 1000 / perSecond : 0;
	}
	reserve(address: string, now = Date.now()): number {
		if (this.interval === 0) return 0;
		const at = Math.max(now, (this.last.get(address) ?? -Infinity) + this.interval);
		this.last.set(address, at);
		if (this.last.size > 10_000) this.prune(now);
		return at - now;
	}
	private prune(now: number) {
		for (const [address, at] of this.last) if (at < now - this.interval) this.last.delete(address);
	}
}

/** A counting semaphore (an adapter's window of sends in flight). */
export class Semaphore {
	private waiters: (() => void)[] = [];
	constructor(private free: number) {}
	async acquire(): Promise<void> {
		if (this.free > 0) {
			this.free--;
			return;
		}
		await new Promise<void>((resolve) => this.waiters.push(resolve));
	}
	release(): void {
		const next = this.waiters.shift();
		if (next) next();
		else this.free++;
	}
}
