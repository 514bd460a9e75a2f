import { eq } from 'drizzle-orm';
import { loadProgrammesDemo } from '../programmes/programmes.demo';
import { symmetricEncrypt } from 'better-auth/crypto';
import type { Db } from '../db/client';
import type { Role } from '../access/roles';
import { getAuth } from '../auth/auth';
import { authTwoFactor, authUser } from '../auth/auth.table';
import { membership } from '../org/org.table';
import { findOrganisationBySlug } from '../org/org.repository';
import { loadRecruitmentDemo } from '../recruitment/recruitment.demo';
import { loadEmployersDemo } from '../employers/employers.demo';
import { loadReturnsDemo } from '../returns/returns.demo';
import { loadCasesDemo } from '../cases/cases.demo';
import { DEMO_LOCAL_AUTHORITY, ensureProjectsDemoOrganisation } from '../projects/projects.demo';

/** Demo accounts for development and tests. Never loaded in production unless asked for. */
export const DEMO_PASSWORD = 'sapar-demo-password';
/** Base32 TOTP secret shared by the demo staff accounts (add it to any authenticator app). */
export const DEMO_TOTP_SECRET = 'SAPARDEMOTOTPKEYSAPARDEMOTOTPKEY';
export const DEMO_MIGRANT_PHONE = '+996700000001';

export interface DemoStaff {
	email: string;
	name: string;
	organisation: string;
	role: Exclude<Role, 'migrant'>;
}

export const DEMO_STAFF: DemoStaff[] = [
	{ email: 'admin@sapar.test', name: 'Айгүл Админова', organisation: 'ministry-licensing', role: 'admin' },
	{ email: 'licensing@sapar.test', name: 'Бакыт Лицензиев', organisation: 'ministry-licensing', role: 'licensing_officer' },
	{ email: 'caseworker@sapar.test', name: 'Нургүл Кейсова', organisation: 'ceca-bishkek', role: 'case_worker' },
	{ email: 'supervisor@sapar.test', name: 'Талант Башчыев', organisation: 'ceca-bishkek', role: 'supervisor' },
	{ email: 'osh@sapar.test', name: 'Мирлан Ошев', organisation: 'ceca-osh', role: 'case_worker' },
	{ email: 'consul.moscow@sapar.test', name: 'Эркин Консулов', organisation: 'consulate-moscow', role: 'consular_officer' },
	// A second officer at the mission: an alert needs one to draft and another to approve.
	{ email: 'consul2.moscow@sapar.test', name: 'Айжан Консулова', organisation: 'consulate-moscow', role: 'consular_officer' },
	{ email: 'editor@sapar.test', name: 'Жыпар Редакторова', organisation: 'ceca-bishkek', role: 'content_editor' },
	{ email: 'editor2@sapar.test', name: 'Бермет Экинчиева', organisation: 'ceca-osh', role: 'content_editor' },
	{ email: 'analyst@sapar.test', name: 'Азамат Талдоочу', organisation: 'ministry-licensing', role: 'analyst' },
	{ email: 'agency@sapar.test', name: 'Demo Agency User', organisation: 'demo-agency', role: 'agency_user' },
	{ email: 'inspector@sapar.test', name: 'Гүлнара Текшерүүчү', organisation: 'ministry-licensing', role: 'case_worker' },
	{ email: 'ministry.supervisor@sapar.test', name: 'Улан Чечимов', organisation: 'ministry-licensing', role: 'supervisor' },
	// Records MGI progress and updates the ministry's own action-plan tasks (tests/e2e/policy.spec.ts).
	{ email: 'policy@sapar.test', name: 'Чолпон Саясатова', organisation: 'ministry-licensing', role: 'content_editor' },
	// Posts community projects and their reports (tests/e2e/projects.spec.ts); editor@ verifies them.
	{ email: 'local@sapar.test', name: 'Бакай Айылов', organisation: DEMO_LOCAL_AUTHORITY, role: 'supervisor' }
];

async function ensureStaff(db: Db, staff: DemoStaff): Promise<void> {
	const auth = getAuth();
	const org = await findOrganisationBySlug(db, staff.organisation);
	if (!org) throw new Error(`demo organisation ${staff.organisation} is missing`);
	let [user] = await db.select({ id: authUser.id }).from(authUser).where(eq(authUser.email, staff.email));
	if (user) return; // already there: keep whatever people changed
	const created = await auth.api.signUpEmail({
		body: { email: staff.email, password: DEMO_PASSWORD, name: staff.name }
	});
	user = { id: created.user.id };
	const ctx = await auth.$context;
	const secret = await symmetricEncrypt({ key: ctx.secretConfig, data: `base32:${DEMO_TOTP_SECRET}` });
	const backupCodes = await symmetricEncrypt({ key: ctx.secretConfig, data: JSON.stringify([]) });
	await db.transaction(async (tx) => {
		await tx.update(authUser).set({ kind: 'staff', emailVerified: true, twoFactorEnabled: true }).where(eq(authUser.id, user.id));
		await tx.insert(authTwoFactor).values({ id: crypto.randomUUID(), userId: user.id, secret, backupCodes, verified: true });
		await tx.insert(membership).values({ userId: user.id, organisationId: org.id, role: staff.role });
	});
}

export async function loadDemoData(db: Db): Promise<void> {
	await ensureProjectsDemoOrganisation(db);
	for (const staff of DEMO_STAFF) await ensureStaff(db, staff);
	await loadRecruitmentDemo(db);
	await loadEmployersDemo(db);
	await loadReturnsDemo(db);
	await loadCasesDemo(db);
	await loadProgrammesDemo(db);
}
