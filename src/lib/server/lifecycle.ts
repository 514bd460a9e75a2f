/**
 * Shutdown hooks shared by every copy of our modules in the process (the built app bundle and the
 * start script load separate copies), so they live on globalThis.
 */
type Hook = () => Promise<void>;
const state = globalThis as Record<symbol, unknown>;
const HOOKS = Symbol.for('sapar.shutdown');
const STOPPING = Symbol.for('sapar.stopping');
const registry = (state[HOOKS] ??= new Map<string, Hook>()) as Map<string, Hook>;

/** Registers (or replaces) a named step to run on shutdown. */
export function onShutdown(name: string, hook: Hook): void {
	registry.set(name, hook);
}

/** From now on lost connections are expected (a terminal's Ctrl-C also stops the embedded PostgreSQL). */
export function markStopping(): void {
	state[STOPPING] = true;
}
export const isStopping = () => state[STOPPING] === true;

/** Runs every step once, in reverse order of registration; errors are swallowed. */
export async function shutdown(): Promise<void> {
	markStopping();
	const hooks = [...registry.entries()].reverse();
	registry.clear();
	for (const [, hook] of hooks) await hook().catch(() => {});
}
