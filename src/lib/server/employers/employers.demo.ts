import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { findOrganisationBySlug } from '../org/org.repository';
import { addDays, today } from '../recruitment/licence-status';
import { employerKey, employerSearchText } from './employers.service';
import { employer, employerProceeding, employerReport, proceedingEvent } from './employers.table';

/**
 * Demo black list: invented employers (every name says "Demo"), one listed, one under review, and a
 * new report. Seed 004 asks for the lists but names no employer, so none is invented from life.
 */
export async function loadEmployersDemo(db: Db): Promise<void> {
	const ministry = await findOrganisationBySlug(db, 'ministry-licensing');
	if (!ministry) return;
	const [done] = await db.select({ id: employerProceeding.id }).from(employerProceeding).where(eq(employerProceeding.number, 'BL-DEMO-0001'));
	if (done) return;
	const day = today();
	await db.transaction(async (tx) => {
		const make = async (name: string, countryIso2: string, city: string) => {
			const [row] = await tx
				.insert(employer)
				.values({ name, countryIso2, city, key: employerKey(name, countryIso2, city), searchText: employerSearchText(name, city) })
				.returning();
			return row;
		};
		const listed = await make('ООО «Демо Строй Инвест» / Demo Stroy Invest LLC', 'RU', 'Москва');
		const [p1] = await tx
			.insert(employerProceeding)
			.values({
				number: 'BL-DEMO-0001',
				employerId: listed.id,
				organisationId: ministry.id,
				state: 'listed',
				reasons: ['unpaid_wages', 'passport_confiscation'],
				summary: 'Demo: wages unpaid for three months to 14 workers; passports held by the site manager.',
				replyDueOn: addDays(day, -40),
				reply: 'Demo: the employer did not accept the claims.',
				repliedAt: new Date(Date.parse(`${addDays(day, -45)}T10:00:00Z`)),
				decidedAt: new Date(Date.parse(`${addDays(day, -30)}T10:00:00Z`)),
				listedOn: addDays(day, -30),
				listedUntil: addDays(day, 700)
			})
			.returning({ id: employerProceeding.id });
		await tx.insert(employerReport).values({
			employerName: listed.name,
			countryIso2: 'RU',
			city: 'Москва',
			reason: 'unpaid_wages',
			description: 'Demo: three months without pay on a housing site.',
			state: 'linked',
			proceedingId: p1.id
		});
		for (const [kind, daysAgo] of [
			['opened', 70],
			['report_linked', 70],
			['evidence', 65],
			['notified', 58],
			['replied', 45],
			['submitted', 38],
			['listed', 30]
		] as const) {
			await tx.insert(proceedingEvent).values({
				proceedingId: p1.id,
				kind,
				at: new Date(Date.parse(`${addDays(day, -daysAgo)}T09:00:00Z`)),
				note: kind === 'evidence' ? 'Demo: statements of four workers' : null,
				data: kind === 'evidence' ? { evidenceKind: 'testimony', obtainedOn: addDays(day, -66) } : null
			});
		}
		const reviewing = await make('Demo Kazan Agro Farm', 'RU', 'Казань');
		const [p2] = await tx
			.insert(employerProceeding)
			.values({ number: 'BL-DEMO-0002', employerId: reviewing.id, organisationId: ministry.id, state: 'review' })
			.returning({ id: employerProceeding.id });
		await tx.insert(employerReport).values({
			employerName: reviewing.name,
			countryIso2: 'RU',
			city: 'Казань',
			reason: 'unsafe_work',
			description: 'Demo: no protective equipment in the greenhouse sprayed with chemicals.',
			state: 'linked',
			proceedingId: p2.id
		});
		await tx.insert(proceedingEvent).values([
			{ proceedingId: p2.id, kind: 'opened' },
			{ proceedingId: p2.id, kind: 'report_linked' }
		]);
		await tx.insert(employerReport).values({
			employerName: 'Demo Almaty Logistics',
			countryIso2: 'KZ',
			city: 'Алматы',
			reason: 'deception',
			description: 'Demo: promised warehouse work, made to load trucks at night for half the pay.'
		});
	});
}
