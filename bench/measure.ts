/** Shared by the query benches: percentiles and a timed loop over a few calls. */
export function percentile(values: number[], p: number) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs each call once to warm up, then `runs` times, and prints p50/p95/p99. */
export async function measure(label: string, calls: (() => Promise<unknown>)[], runs: number) {
	for (const call of calls) await call();
	const times: number[] = [];
	for (let r = 0; r < runs; r++) {
		for (const call of calls) {
			const t = performance.now();
			await call();
			times.push(performance.now() - t);
		}
	}
	console.log(
		`${label.padEnd(34)} p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms  p99 ${percentile(times, 99).toFixed(1)} ms  (${times.length} calls)`
	);
}

/**
 * CPU seconds used so far by the given processes (Linux /proc; 0 elsewhere). On a shared machine the
 * wall time says little; the CPU a phase used says how much work it was.
 */
export async function cpuSeconds(pids: number[]): Promise<number> {
	const { readFile } = await import('node:fs/promises');
	let ticks = 0;
	for (const pid of pids) {
		const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (fields.length > 13) ticks += Number(fields[11]) + Number(fields[12]);
	}
	return ticks / 100;
}
