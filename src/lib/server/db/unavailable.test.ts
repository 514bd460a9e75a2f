import { describe, expect, it } from 'vitest';
import { isDbUnavailable } from './unavailable';

describe('isDbUnavailable', () => {
	it('recognises lost, refused, terminated and restarting connections, also inside a wrapper', () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' });
		expect(isDbUnavailable(refused)).toBe(true);
		expect(isDbUnavailable(new Error('Failed query: select 1', { cause: refused }))).toBe(true);
		expect(isDbUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
		expect(isDbUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
		expect(isDbUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
		expect(isDbUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
		expect(isDbUnavailable(new AggregateError([refused], 'all addresses failed'))).toBe(true);
	});

	it('leaves bugs and bad input alone', () => {
		expect(isDbUnavailable(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
		expect(isDbUnavailable(new TypeError('x is undefined'))).toBe(false);
		expect(isDbUnavailable(undefined)).toBe(false);
		expect(isDbUnavailable('ECONNREFUSED')).toBe(false);
	});
});
