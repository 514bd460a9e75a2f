/**
 * "The database is not there right now" — lost, refused, terminated or restarting connections — as
 * opposed to a bug or bad input. Such a failure answers 503 with Retry-After (never 500): the pool
 * makes new connections by itself once the server is back (docs/decisions/0021).
 */

/** Seconds a client is asked to wait before retrying. */
export const RETRY_AFTER_SECONDS = 5;

// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: admin/crash shutdown,
// cannot connect now, database dropped), 53300 too many connections.
const SQLSTATE = /^(08\d{3}|57P0[1-4]|53300)$/;
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
const MESSAGES = [
	/^Connection terminated/,
	/timeout exceeded when trying to connect/,
	/Client has encountered a connection error and is not queryable/,
	/Client was closed and is not queryable/,
	/Connection terminated due to connection timeout/,
	/the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/,
	/terminating connection due to (administrator command|unexpected postmaster exit)/
];

/** True when this error (or one of its causes) means the database cannot be reached right now. */
export function isDbUnavailable(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 5) return false;
	const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
	if (typeof e.code === 'string' && (SQLSTATE.test(e.code) || NODE_CODES.has(e.code))) return true;
	if (typeof e.message === 'string' && MESSAGES.some((re) => re.test(e.message as string))) return true;
	// AggregateError (several addresses refused) and drizzle's wrapper keep the real error inside.
	if (Array.isArray(e.errors) && e.errors.some((inner) => isDbUnavailable(inner, depth + 1))) return true;
	return isDbUnavailable(e.cause, depth + 1);
}
