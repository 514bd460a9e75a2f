import { z } from 'zod';
import { ORG_KINDS, STAFF_ROLES } from '../access/roles';
import { optionalText, requiredText } from '../validation';

const text = requiredText;

export const createOrganisationSchema = z.object({
	kind: z.enum(ORG_KINDS, { error: 'error_choose_one' }),
	slug: z
		.string({ error: 'error_required' })
		.trim()
		.toLowerCase()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'error_slug' })
		.max(60, { error: 'error_too_long' }),
	nameKy: text(200),
	nameRu: optionalText(200),
	nameEn: optionalText(200),
	countryIso2: z
		.string({ error: 'error_required' })
		.trim()
		.toUpperCase()
		.regex(/^[A-Z]{2}$/, { error: 'error_country' }),
	city: optionalText(120)
});
export type CreateOrganisationInput = z.output<typeof createOrganisationSchema>;

export const inviteSchema = z.object({
	email: z.string({ error: 'error_required' }).trim().toLowerCase().email({ error: 'error_email' }).max(254),
	role: z.enum(STAFF_ROLES as [string, ...string[]], { error: 'error_choose_one' })
});

export const changeRoleSchema = z.object({
	membershipId: z.uuid({ error: 'error_invalid' }),
	role: z.enum(STAFF_ROLES as [string, ...string[]], { error: 'error_choose_one' })
});

export const acceptInvitationSchema = z.object({
	name: text(120),
	password: z.string({ error: 'error_required' }).min(12, { error: 'error_password_short' }).max(128, { error: 'error_too_long' })
});
