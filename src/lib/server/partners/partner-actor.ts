import type { Actor } from '../access/access';
import { apiError } from '../api/api';
import { hasScope, type Partner } from './api-keys.service';

/**
 * A key with `cases.read` reads its organisation's case list as a case worker of that organisation
 * would (the service's own scope check applies); it never reaches encrypted fields or writes.
 */
export function partnerCaseReader(partner: Partner): Actor | Response {
	if (!hasScope(partner, 'cases.read')) return apiError(403, 'forbidden', 'this key may not read cases');
	return { userId: `apikey:${partner.keyId}`, role: 'case_worker', organisationId: partner.organisationId };
}
