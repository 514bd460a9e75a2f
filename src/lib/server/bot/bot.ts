import { eq } from 'drizzle-orm';
import { normalisePhone } from '../auth/phone';
import { authUser } from '../auth/auth.table';
import { linkTelegram } from '../channels/settings.service';
import { onInbound, type Buttons, type Inbound, type InboundResult } from '../channels';
import { trackCase } from '../cases/intake.service';
import { config } from '../config';
import type { Db } from '../db/client';
import { isAppError } from '../errors';
import { consume } from '../http/rate-limit';
import { log } from '../log';
import { listDirectory } from '../portal/portal.service';
import { search } from '../portal/search';
import { isLocale, type Locale } from '#lib/i18n';
import { msg } from '#lib/messages';
import { cancelHelp, continueHelp, startHelp } from './dialogue';

/**
 * The Telegram bot for migrants (issue 12), in ky, ru and en: link the chat to one's account by sharing
 * one's own contact (it must match the account's phone), choose the language (/lang), follow a case by
 * number and code (/track), emergency contacts for a city (/sos), and search the portal (/search). It
 * goes through the same services as the web pages (trackCase, listDirectory, search). Alert answers are
 * handled before it (alerts, order 10); `/start CODE` and /stop by the channels layer itself.
 */
const LANGS: Locale[] = ['ky', 'ru', 'en'];
const LANG_NAMES: Record<Locale, string> = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };
const site = (path: string) => `${config.origin.replace(/\/$/, '')}${path}`;

async function localeFor(db: Db, message: Inbound): Promise<Locale> {
	if (message.userId) {
		const [u] = await db.select({ locale: authUser.locale }).from(authUser).where(eq(authUser.id, message.userId));
		if (isLocale(u?.locale)) return u.locale;
	}
	const l = message.languageCode?.slice(0, 2);
	return isLocale(l) ? l : 'ky';
}

const t = (key: string, locale: Locale, inputs: Record<string, unknown> = {}) => msg(key, inputs, { locale });
const reply = (body: string, buttons?: Buttons | null): InboundResult => ({ handled: true, reply: { body: body.slice(0, 4000), buttons: buttons ?? null } });

function menu(locale: Locale, linked: boolean): InboundResult {
	const lines = [
		t('bot_menu', locale),
		t('bot_cmd_help', locale),
		t('bot_cmd_track', locale),
		t('bot_cmd_sos', locale),
		t('bot_cmd_search', locale),
		t('bot_cmd_lang', locale),
		t('bot_cmd_stop', locale)
	];
	if (!linked) lines.push('', t('bot_link_hint', locale));
	return reply(lines.join('\n'), linked ? null : { kind: 'contact', text: t('bot_share_phone', locale) });
}

/** The shared contact is the sender's own (the adapter checks): link it when an account has that phone. */
async function linkByContact(db: Db, message: Inbound, locale: Locale): Promise<InboundResult> {
	const phone = message.contactPhone ? normalisePhone(message.contactPhone) : null;
	const [user] = phone ? await db.select({ id: authUser.id, locale: authUser.locale }).from(authUser).where(eq(authUser.phoneNumber, phone)) : [];
	if (!user) return reply(t('bot_contact_unknown', locale, { url: site(`/${locale}/sign-in`) }), { kind: 'remove' });
	await db.transaction((tx) => linkTelegram(tx, user.id, message.address));
	log.info('telegram chat linked', { via: 'contact' });
	const l = isLocale(user.locale) ? user.locale : locale;
	return reply(t('bot_linked', l), { kind: 'remove' });
}

async function track(db: Db, chatId: string, args: string[], locale: Locale): Promise<InboundResult> {
	const [number, code] = args;
	if (!number || !code) return reply(t('bot_track_how', locale));
	try {
		// The same allowance per chat as the tracking page gives a device: codes cannot be guessed here either.
		await consume('caseTrack', `tg:${chatId}`);
		const c = await trackCase(db, number, code);
		const last = c.messages.filter((x) => !x.fromPerson).at(-1);
		const lines = [t('bot_track_status', locale, { number: c.number, status: t(`case_status_${c.status}`, locale) })];
		if (last) lines.push(t('bot_track_last', locale, { text: last.body.slice(0, 1000) }));
		lines.push(site(`/${locale}/help/track`));
		return reply(lines.join('\n'));
	} catch (error) {
		if (isAppError(error) && error.code === 'not_found') return reply(t('bot_track_not_found', locale));
		if (isAppError(error) && error.code === 'rate_limited') return reply(t('bot_too_many', locale));
		throw error;
	}
}

async function sos(db: Db, args: string[], locale: Locale): Promise<InboundResult> {
	const city = args.join(' ').trim();
	if (!city) return reply(t('bot_sos_how', locale));
	const { entries } = await listDirectory(db, { city });
	if (!entries.length) return reply(t('bot_sos_none', locale, { city, url: site(`/${locale}/help`) }));
	const lines = [t('bot_sos_title', locale, { city })];
	for (const { entry } of entries.slice(0, 6)) {
		const name = entry.name[locale] ?? entry.name.ru ?? entry.name.en ?? Object.values(entry.name)[0] ?? '';
		lines.push(`• ${name}${entry.phones.length ? `: ${entry.phones.join(', ')}` : ''}`);
	}
	lines.push(site(`/${locale}/help`));
	return reply(lines.join('\n'));
}

async function find(db: Db, args: string[], locale: Locale): Promise<InboundResult> {
	const query = args.join(' ').trim().slice(0, 200);
	if (!query) return reply(t('bot_search_how', locale));
	const results = await search(db, query, locale, 5);
	if (!results.length) return reply(t('bot_search_none', locale, { url: site(`/${locale}/search`) }));
	return reply([t('bot_search_title', locale), ...results.map((r) => `• ${r.title}\n  ${site(r.url)}`)].join('\n'));
}

export async function handleBot(db: Db, message: Inbound): Promise<InboundResult | null> {
	if (message.channel !== 'telegram') return null;
	const locale = await localeFor(db, message);
	const linked = !!message.userId;

	const text = (message.text ?? '').trim();
	const [head = '', ...args] = text.split(/\s+/);
	const command = head.toLowerCase().replace(/@\w+$/, '');
	if (command === '/help' || command === '/request') return startHelp(db, message.address, locale);
	if (command === '/cancel') return cancelHelp(db, message.address, locale);
	// An open help dialogue takes button presses and typed answers (commands still work).
	if (!command.startsWith('/') || message.callbackData) {
		const answered = await continueHelp(db, message, locale);
		if (answered) return answered;
	}

	if (message.callbackData) {
		const hit = /^lang:(ky|ru|en)$/.exec(message.callbackData);
		if (!hit) return null;
		const chosen = hit[1] as Locale;
		if (message.userId) await db.update(authUser).set({ locale: chosen }).where(eq(authUser.id, message.userId));
		return { ...menu(chosen, linked), notice: LANG_NAMES[chosen] };
	}
	if (message.contactPhone) return linkByContact(db, message, locale);

	switch (command) {
		case '/lang':
		case '/language':
			return reply(t('bot_lang_choose', locale), { kind: 'inline', rows: [LANGS.map((l) => ({ text: LANG_NAMES[l], data: `lang:${l}` }))] });
		case '/track':
			return track(db, message.address, args, locale);
		case '/sos':
		case '/contacts':
			return sos(db, args, locale);
		case '/search':
			return find(db, args, locale);
		default:
			// A case number with its code, typed without the command.
			if (/^SP-\d{4}-\d{6,}$/i.test(head) && args.length) return track(db, message.address, [head, ...args], locale);
			return menu(locale, linked);
	}
}

/** Registered by every process (workers.ts registerHandlers), after the alert answers. */
export function registerBot(db: Db): void {
	onInbound('bot', (_db, message) => handleBot(db, message), { channels: ['telegram'], order: 50 });
}
