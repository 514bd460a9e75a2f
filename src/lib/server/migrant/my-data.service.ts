import { eq } from 'drizzle-orm';
import { countryName } from '#lib/countries';
import { tr, type Locale } from '#lib/i18n';
import { msg } from '#lib/messages';
import { requireAccess, type Actor } from '../access/access';
import { authUser } from '../auth/auth.table';
import { maskPhone } from '../auth/phone';
import { myHelpRequests } from '../cases/intake.service';
import type { Db } from '../db/client';
import { myCertificates } from '../training/training.service';
import { getProfile, listConsents } from './migrant.service';
import { myRegistrations } from './registration.service';

/**
 * The signed-in person's own data as the API gives it (issue 16): every code comes with its label in
 * the asked language (`{ code, label }`), so a client never shows an internal value.
 */
export interface Labelled {
	code: string;
	label: string;
}
const labelled = (code: string, key: string, locale: Locale): Labelled => ({ code, label: msg(key, {}, { locale }) });
export const countryLabel = (iso2: string, locale: Locale): Labelled => ({ code: iso2, label: countryName(iso2, locale) });
const languageNames = (locale: Locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
export const languageLabel = (code: string, locale: Locale): Labelled => ({ code, label: languageNames(locale).of(code) ?? code });

/** The account summary the account page shows. */
export async function myAccount(db: Db, actor: Actor, userId: string, locale: Locale) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	const [[user], profile] = await Promise.all([
		db.select({ phone: authUser.phoneNumber, createdAt: authUser.createdAt, locale: authUser.locale }).from(authUser).where(eq(authUser.id, userId)),
		getProfile(db, actor, userId)
	]);
	return {
		phone: user?.phone ? maskPhone(user.phone) : null,
		name: profile?.fullName ?? null,
		memberSince: user?.createdAt.toISOString() ?? null,
		desiredCountries: (profile?.desiredCountries ?? []).map((c) => countryLabel(c, locale)),
		languages: (profile?.languages ?? []).map((c) => languageLabel(c, locale))
	};
}

export async function myRegistrationsLabelled(db: Db, actor: Actor, userId: string, locale: Locale) {
	const rows = await myRegistrations(db, actor, userId);
	return rows.map((r) => ({
		id: r.id,
		mission: { id: r.missionId, name: tr(r.missionName, locale) },
		country: countryLabel(r.countryIso2, locale),
		city: r.city,
		address: r.address,
		employer: r.employer,
		arrivalDate: r.arrivalDate,
		stayMonths: r.stayMonths,
		deadline: r.deadline?.toISOString().slice(0, 10) ?? null,
		status: labelled(r.status, `registration_status_${r.status}`, locale),
		contactName: r.contactName,
		contactPhone: r.contactPhone,
		createdAt: r.createdAt.toISOString()
	}));
}

export async function myConsentsLabelled(db: Db, actor: Actor, userId: string, locale: Locale) {
	const rows = await listConsents(db, actor, userId);
	return rows.map((c) => ({
		purpose: labelled(c.purpose, `consent_${c.purpose}`, locale),
		given: c.given,
		grantedAt: c.grantedAt?.toISOString() ?? null,
		lastWithdrawnAt: c.lastWithdrawnAt?.toISOString() ?? null
	}));
}

export async function myCertificatesLabelled(db: Db, actor: Actor, userId: string, locale: Locale) {
	const rows = await myCertificates(db, actor, userId);
	return rows.map((c) => ({ code: c.code, course: tr(c.courseTitle, locale), issuedAt: c.issuedAt.toISOString() }));
}

export async function myHelpRequestsLabelled(db: Db, actor: Actor, userId: string, locale: Locale) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	const rows = await myHelpRequests(db, actor);
	return rows.map((c) => ({
		number: c.number,
		type: labelled(c.type, `case_type_${c.type}`, locale),
		status: labelled(c.status, `case_status_${c.status}`, locale),
		createdAt: c.createdAt.toISOString()
	}));
}
