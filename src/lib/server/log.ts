/**
 * Structured JSON logs on stdout. Never pass personal data, codes or passwords:
 * the redaction below is a safety net, not a licence.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEYS = /pass|code|otp|token|secret|phone|email|cookie|authorization/i;

function threshold(): number {
	return ORDER[(process.env.LOG_LEVEL as Level) ?? 'info'] ?? ORDER.info;
}

function redact(fields: Record<string, unknown>, depth = 0): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(fields)) out[key] = SECRET_KEYS.test(key) ? '[redacted]' : redactValue(value, depth);
	return out;
}

function redactValue(value: unknown, depth: number): unknown {
	if (value instanceof Error) return safeError(value);
	if (value && typeof value === 'object' && !Array.isArray(value) && depth < 4) return redact(value as Record<string, unknown>, depth + 1);
	return value;
}

/** Values that database errors quote: `… for type uuid: "x"`, `params: a,b`, `Key (email)=(x)`. */
function scrub(message: string): string {
	return message
		.replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]')
		.replace(/^params: [\s\S]*$/m, 'params: [redacted]')
		.replace(/(: )"[\s\S]*"\s*$/, '$1[redacted]')
		.replace(/\)=\([\s\S]*?\)/g, ')=([redacted])');
}

/**
 * An error as it may be logged: name, SQLSTATE and constraint, the message without the values it
 * quotes, the stack without its message, and its cause the same way. Never query parameters, a row's
 * `detail`, or other properties a library hangs on the error.
 */
export function safeError(error: Error, depth = 0): Record<string, unknown> {
	const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; query?: unknown; params?: unknown };
	const message = scrub(String(e.message ?? ''));
	const frames = (e.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
	const out: Record<string, unknown> = { name: e.name, message };
	if (typeof e.code === 'string') out.code = e.code;
	for (const key of ['constraint', 'table', 'column'] as const) if (typeof e[key] === 'string') out[key] = e[key];
	if (frames.length) out.stack = `${e.name}: ${message}\n${frames.join('\n')}`;
	if (e.cause instanceof Error && depth < 3) out.cause = safeError(e.cause, depth + 1);
	return out;
}

/** One line for job outputs and summaries: class and scrubbed first line of the message. */
export function errorSummary(error: unknown): string {
	if (!(error instanceof Error)) return 'unknown error';
	const first = scrub(error.message).split('\n')[0].slice(0, 200);
	const cause = error.cause instanceof Error ? ` (${error.cause.name}: ${scrub(error.cause.message).split('\n')[0].slice(0, 200)})` : '';
	return `${error.name}: ${first}${cause}`;
}

function write(level: Level, msg: string, fields: Record<string, unknown> = {}) {
	if (ORDER[level] < threshold()) return;
	const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...redact(fields) });
	if (level === 'error' || level === 'warn') process.stderr.write(line + '\n');
	else process.stdout.write(line + '\n');
}

export const log = {
	debug: (msg: string, fields?: Record<string, unknown>) => write('debug', msg, fields),
	info: (msg: string, fields?: Record<string, unknown>) => write('info', msg, fields),
	warn: (msg: string, fields?: Record<string, unknown>) => write('warn', msg, fields),
	error: (msg: string, fields?: Record<string, unknown>) => write('error', msg, fields)
};
