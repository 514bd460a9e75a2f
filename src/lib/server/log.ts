import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, stdTimeFunctions, type Logger } from 'pino';

/**
 * Structured JSON logs (pino) on stdout, warnings and errors on stderr; every line written while a
 * request is served carries its request id (`reqId`, also returned in `X-Request-Id`). Never pass
 * personal data, codes or passwords: the redaction below is a safety net, not a licence.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const SECRET_KEYS = /pass|code|otp|token|secret|phone|email|cookie|authorization/i;

// The request being served. Shared through globalThis: the start script and the built app load
// separate copies of this module.
const CONTEXT = Symbol.for('sapar.request-context');
type RequestContext = { reqId: string };
const context = ((globalThis as Record<symbol, unknown>)[CONTEXT] ??= new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>;

/** Runs `fn` with a request id that every log line inside it carries. */
export const withRequestId = <T>(reqId: string, fn: () => T): T => context.run({ reqId }, fn);
export const currentRequestId = (): string | undefined => context.getStore()?.reqId;

const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;
/** The caller's X-Request-Id when it is a plain token of 8–128 characters, else a new one. */
export function requestIdFrom(header: string | null | undefined): string {
	return header && SANE_ID.test(header) ? header : crypto.randomUUID();
}

// Written through process.stdout/stderr at call time (tests capture them), warn and above to stderr.
const out = { write: (line: string) => process.stdout.write(line) };
const err = { write: (line: string) => process.stderr.write(line) };

function makeLogger(): Logger {
	return pino(
		{
			level: process.env.LOG_LEVEL ?? 'info',
			base: undefined,
			messageKey: 'msg',
			timestamp: stdTimeFunctions.isoTime,
			formatters: { level: (label) => ({ level: label }) },
			mixin: () => {
				const reqId = context.getStore()?.reqId;
				return reqId ? { reqId } : {};
			}
		},
		pino.multistream(
			[
				{ level: 'trace', stream: out },
				{ level: 'warn', stream: err }
			],
			{ dedupe: true }
		)
	);
}

const LOGGER = Symbol.for('sapar.logger');
function logger(): Logger {
	const g = globalThis as Record<symbol, Logger | undefined>;
	const current = (g[LOGGER] ??= makeLogger());
	// LOG_LEVEL may be set after this module was first loaded (tests, the start script).
	const wanted = process.env.LOG_LEVEL ?? 'info';
	if (current.level !== wanted && wanted in current.levels.values) current.level = wanted;
	return current;
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
	const l = logger();
	if (!l.isLevelEnabled(level)) return;
	l[level](redact(fields), msg);
}

export const log = {
	debug: (msg: string, fields?: Record<string, unknown>) => write('debug', msg, fields),
	info: (msg: string, fields?: Record<string, unknown>) => write('info', msg, fields),
	warn: (msg: string, fields?: Record<string, unknown>) => write('warn', msg, fields),
	error: (msg: string, fields?: Record<string, unknown>) => write('error', msg, fields)
};
