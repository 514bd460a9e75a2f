import { and, eq, sql } from 'drizzle-orm';
import { CASE_TYPES } from '#lib/cases';
import type { Locale } from '#lib/i18n';
import { msg } from '#lib/messages';
import type { Actor } from '../access/access';
import type { Buttons, Inbound, InboundResult } from '../channels';
import { submitHelpRequest } from '../cases/intake.service';
import { config } from '../config';
import type { Db } from '../db/client';
import { botDialogue } from './dialogue.table';

/**
 * The guided help request (issue 12): what happened → where (country, city) → a few words → in danger
 * now? → the same submitHelpRequest as the web form; the person gets the case number and code. State
 * per chat in bot_dialogue; /cancel or an hour of silence ends it.
 */
const COUNTRIES = ['RU', 'KZ', 'TR', 'KR', 'GB', 'DE', 'AE', 'US', 'KG'];
const t = (key: string, locale: Locale, inputs: Record<string, unknown> = {}) => msg(key, inputs, { locale });
const reply = (body: string, buttons?: Buttons | null): InboundResult => ({ handled: true, reply: { body: body.slice(0, 4000), buttons: buttons ?? null } });
const rows = <T>(list: T[], per: number) => Array.from({ length: Math.ceil(list.length / per) }, (_, i) => list.slice(i * per, i * per + per));

async function save(db: Db, chatId: string, step: (typeof botDialogue.$inferInsert)['step'], data: Record<string, string>) {
	await db
		.insert(botDialogue)
		.values({ chatId, step, data, updatedAt: new Date() })
		.onConflictDoUpdate({ target: botDialogue.chatId, set: { step, data, updatedAt: new Date() } });
}

/** /help: the first question. */
export async function startHelp(db: Db, chatId: string, locale: Locale): Promise<InboundResult> {
	await save(db, chatId, 'type', {});
	return reply(t('bot_help_type', locale), {
		kind: 'inline',
		rows: rows(
			CASE_TYPES.map((type) => ({ text: t(`case_type_${type}`, locale), data: `h:t:${type}` })),
			2
		)
	});
}

export async function cancelHelp(db: Db, chatId: string, locale: Locale): Promise<InboundResult> {
	await db.delete(botDialogue).where(eq(botDialogue.chatId, chatId));
	return reply(t('bot_help_cancelled', locale), { kind: 'remove' });
}

async function current(db: Db, chatId: string) {
	const [row] = await db
		.select()
		.from(botDialogue)
		.where(and(eq(botDialogue.chatId, chatId), sql`${botDialogue.updatedAt} > now() - interval '1 hour'`));
	return row ?? null;
}

/** A button press or a typed answer while a dialogue is open; null when no dialogue is waiting for it. */
export async function continueHelp(db: Db, message: Inbound, locale: Locale): Promise<InboundResult | null> {
	const chatId = message.address;
	const state = await current(db, chatId);
	const data = message.callbackData ?? '';
	if (data.startsWith('h:') && !state) return reply(t('bot_help_expired', locale));
	if (!state) return null;
	const text = (message.text ?? '').replace(/\s+/g, ' ').trim();

	if (state.step === 'type') {
		const type = /^h:t:([a-z_]+)$/.exec(data)?.[1];
		if (!type || !(CASE_TYPES as readonly string[]).includes(type)) return startHelp(db, chatId, locale);
		await save(db, chatId, 'country', { type });
		const names = new Intl.DisplayNames([locale], { type: 'region' });
		return reply(t('bot_help_country', locale), {
			kind: 'inline',
			rows: rows(
				COUNTRIES.map((c) => ({ text: names.of(c) ?? c, data: `h:c:${c}` })),
				3
			)
		});
	}
	if (state.step === 'country') {
		const country = /^h:c:([A-Z]{2})$/.exec(data)?.[1];
		if (!country || !COUNTRIES.includes(country)) return reply(t('bot_help_country', locale));
		await save(db, chatId, 'city', { ...state.data, country });
		return reply(t('bot_help_city', locale));
	}
	if (state.step === 'city') {
		if (!text || text.length > 120 || text.startsWith('/')) return reply(t('bot_help_city', locale));
		await save(db, chatId, 'narrative', { ...state.data, city: text });
		return reply(t('bot_help_narrative', locale));
	}
	if (state.step === 'narrative') {
		if (text.length < 10 || text.length > 2000) return reply(t('bot_help_narrative', locale));
		await save(db, chatId, 'danger', { ...state.data, narrative: text });
		return reply(t('bot_help_danger', locale), {
			kind: 'inline',
			rows: [
				[
					{ text: t('bot_help_danger_yes', locale), data: 'h:d:yes' },
					{ text: t('bot_help_danger_no', locale), data: 'h:d:no' }
				]
			]
		});
	}
	// danger → the request is filed through the same service as the web form.
	const danger = /^h:d:(yes|no)$/.exec(data)?.[1];
	if (!danger) return reply(t('bot_help_danger', locale));
	const actor: Actor | null = message.userId ? { userId: message.userId, role: 'migrant', organisationId: null } : null;
	const result = await submitHelpRequest(
		db,
		actor,
		{ type: state.data.type, countryIso2: state.data.country, city: state.data.city, narrative: state.data.narrative, inDanger: danger === 'yes' ? 'yes' : '' },
		locale,
		'telegram'
	);
	await db.delete(botDialogue).where(eq(botDialogue.chatId, chatId));
	if (!result.ok) return reply(t('bot_help_failed', locale, { url: `${config.origin}/${locale}/help/request` }));
	return reply(t('bot_help_done', locale, { number: result.data.number, code: result.data.trackingCode, url: `${config.origin}/${locale}/help/track` }), {
		kind: 'remove'
	});
}
