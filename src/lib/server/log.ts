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

function redact(fields: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(fields)) {
		out[key] = SECRET_KEYS.test(key) ? '[redacted]' : value instanceof Error ? errorFields(value) : value;
	}
	return out;
}

function errorFields(error: Error) {
	return { name: error.name, message: error.message, stack: error.stack };
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
