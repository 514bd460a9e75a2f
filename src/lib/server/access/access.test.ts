import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { can, requireAccess, scopeFilter, type Actor } from './access';

const orgA = '00000000-0000-4000-8000-00000000000a';
const orgB = '00000000-0000-4000-8000-00000000000b';
const admin: Actor = { userId: 'u-admin', role: 'admin', organisationId: orgA };
const supervisorA: Actor = { userId: 'u-sup', role: 'supervisor', organisationId: orgA };
const caseWorkerA: Actor = { userId: 'u-cw', role: 'case_worker', organisationId: orgA };
const migrant: Actor = { userId: 'u-m', role: 'migrant', organisationId: null };

describe('requireAccess', () => {
	it('allows within scope', () => {
		expect(can(admin, 'organisation.create')).toBe(true);
		expect(can(supervisorA, 'member.invite', { organisationId: orgA })).toBe(true);
		expect(can(migrant, 'profile.read', { ownerUserId: 'u-m' })).toBe(true);
	});
	it('refuses outside scope with not_found, so existence does not leak', () => {
		expect(() => requireAccess(supervisorA, 'member.invite', { organisationId: orgB })).toThrowError(expect.objectContaining({ code: 'not_found' }));
		expect(() => requireAccess(migrant, 'profile.read', { ownerUserId: 'someone-else' })).toThrowError(AppError);
	});
	it('refuses a permission the role lacks with forbidden', () => {
		expect(() => requireAccess(caseWorkerA, 'member.invite')).toThrowError(expect.objectContaining({ code: 'forbidden' }));
		expect(() => requireAccess(migrant, 'organisation.read')).toThrowError(expect.objectContaining({ code: 'forbidden' }));
		expect(() => requireAccess(null, 'organisation.read')).toThrowError(expect.objectContaining({ code: 'unauthenticated' }));
	});
	it('gives list filters by scope', () => {
		expect(scopeFilter(admin, 'organisation.read')).toEqual({ all: true });
		expect(scopeFilter(caseWorkerA, 'organisation.read')).toEqual({ organisationId: orgA });
		expect(scopeFilter(migrant, 'profile.read')).toEqual({ ownerUserId: 'u-m' });
	});
});
