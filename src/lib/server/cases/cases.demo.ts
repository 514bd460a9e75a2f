import { eq } from 'drizzle-orm';
import type { Actor } from '../access/access';
import { authUser } from '../auth/auth.table';
import type { Db } from '../db/client';
import { membership } from '../org/org.table';
import { assignCase, closeCase, sendCaseMessage } from './case.service';
import { helpCase } from './cases.table';
import { submitHelpRequest, type HelpRequestInput } from './intake.service';

/** Invented cases (every narrative starts with "Demo") so the demo queues are not empty. */
const DEMO_CASES: HelpRequestInput[] = [
	{
		type: 'unpaid_wages',
		countryIso2: 'TR',
		city: 'Istanbul',
		narrative: 'Demo: the textile workshop has not paid three months of wages to five of us.',
		employerName: 'Demo Tekstil Atölyesi'
	},
	{
		type: 'passport_taken',
		countryIso2: 'AE',
		city: 'Dubai',
		narrative: 'Demo: the employer keeps our passports and we cannot leave the site.',
		screening: ['documents_held', 'cannot_leave'],
		agencyName: 'Demo Tez Jumush'
	},
	{ type: 'recruiter_deception', countryIso2: 'DE', city: 'Berlin', narrative: 'Demo: the agency promised seasonal farm work; there was no job on arrival.' },
	{
		type: 'accident_health',
		countryIso2: 'RU',
		city: 'Москва',
		narrative: 'Demo: a worker was injured on a building site and the employer refuses to pay for treatment.'
	},
	{
		type: 'detention',
		countryIso2: 'RU',
		city: 'Москва',
		narrative: 'Demo: my brother was detained at a document check two days ago and we cannot find out where he is.',
		inDanger: 'on'
	}
];

async function staffActor(db: Db, email: string): Promise<Actor | null> {
	const [row] = await db
		.select({ userId: authUser.id, role: membership.role, organisationId: membership.organisationId })
		.from(authUser)
		.innerJoin(membership, eq(membership.userId, authUser.id))
		.where(eq(authUser.email, email));
	return row ? { userId: row.userId, role: row.role, organisationId: row.organisationId, ip: null } : null;
}

export async function loadCasesDemo(db: Db): Promise<void> {
	const [any] = await db.select({ id: helpCase.id }).from(helpCase).limit(1);
	if (any) return; // loaded before (or real cases exist): add nothing
	const ids: string[] = [];
	for (const input of DEMO_CASES) {
		const result = await submitHelpRequest(db, null, input, 'ru');
		if (result.ok) ids.push(result.data.id);
	}
	const worker = await staffActor(db, 'caseworker@sapar.test');
	if (!worker || ids.length < 3) return;
	await assignCase(db, worker, ids[0], worker.userId);
	await sendCaseMessage(db, worker, ids[0], { body: 'Demo: we have contacted the employer and will write again within a week.' });
	await closeCase(db, worker, ids[2], { outcomes: ['closed_without_result'], outcomeNote: 'Demo: the person could not be reached.' });
}
