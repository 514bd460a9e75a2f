import { inArray } from 'drizzle-orm';
import { redirect } from '@sveltejs/kit';
import { can } from '#lib/server/access/access';
import { alertProgress, approveAlert, audienceSummary, cancelAlert, followUp, loadReadable } from '#lib/server/alerts/alerts.service';
import { authUser } from '#lib/server/auth/auth.table';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const db = getDb();
	try {
		const { row, own } = await loadReadable(db, actor, event.params.id);
		const people = await db
			.select({ id: authUser.id, name: authUser.name })
			.from(authUser)
			.where(
				inArray(
					authUser.id,
					[row.createdBy, row.approvedBy].filter((x): x is string => !!x)
				)
			);
		const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? null;
		const before = row.status === 'draft' || row.status === 'approved';
		const mayApprove = own && can(actor, 'alert.approve', { organisationId: row.organisationId });
		return {
			alert: { ...row, listPhones: row.listPhones?.length ?? 0 },
			author: nameOf(row.createdBy),
			approver: nameOf(row.approvedBy),
			summary: await audienceSummary(db, actor, row.id),
			progress: before ? null : await alertProgress(db, actor, row.id),
			canEdit: own && row.status === 'draft' && can(actor, 'alert.draft', { organisationId: row.organisationId }),
			canApprove: mayApprove && row.status === 'draft' && row.createdBy !== actor.userId,
			ownDraft: row.status === 'draft' && row.createdBy === actor.userId,
			canCancel: mayApprove && row.status !== 'cancelled',
			canFollowUp: mayApprove && (row.status === 'sent' || row.status === 'sending') && row.asksAnswer,
			saved: event.url.searchParams.has('saved')
		};
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	approve: async (event) => {
		const actor = requireStaffActor(event);
		try {
			await approveAlert(getDb(), actor, event.params.id);
		} catch (e) {
			return formFailure(e);
		}
		return { approved: true };
	},
	cancel: async (event) => {
		const actor = requireStaffActor(event);
		try {
			const { stopped } = await cancelAlert(getDb(), actor, event.params.id);
			return { cancelled: stopped };
		} catch (e) {
			return formFailure(e);
		}
	},
	followUp: async (event) => {
		const actor = requireStaffActor(event);
		let id: string;
		try {
			id = (await followUp(getDb(), actor, event.params.id)).id;
		} catch (e) {
			return formFailure(e);
		}
		redirect(303, `/staff/alerts/${id}`);
	}
};
