/** One error type for expected failures: a code, an internal message, and a user-safe message key. */
export type AppErrorCode =
	| 'bad_request'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'rate_limited'
	| 'invalid_transition'
	/** a sensitive action needs the staff member to prove who they are again (issue 15, finding 7) */
	| 'reauth_required';

const STATUS: Record<AppErrorCode, number> = {
	bad_request: 400,
	unauthenticated: 401,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	rate_limited: 429,
	invalid_transition: 422,
	reauth_required: 401
};

export class AppError extends Error {
	readonly code: AppErrorCode;
	/** key into messages/*.json, shown to the user */
	readonly userMessage: string;
	readonly retryAfterSeconds?: number;
	constructor(code: AppErrorCode, internal: string, opts: { userMessage?: string; retryAfterSeconds?: number } = {}) {
		super(internal);
		this.name = 'AppError';
		this.code = code;
		this.userMessage = opts.userMessage ?? `error_${code}`;
		this.retryAfterSeconds = opts.retryAfterSeconds;
	}
	get status(): number {
		return STATUS[this.code];
	}
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
