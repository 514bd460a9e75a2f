import { config, modeOf } from '../config';
import type { Channel } from './channels.table';
import type { ChannelAdapter } from './types';
import { outboxAdapter } from './adapters/outbox.adapter';
import { smtpAdapter } from './adapters/smtp.adapter';
import { telegramAdapter } from './adapters/telegram.adapter';
import { SmppAdapter } from './adapters/smpp.adapter';
import { isLocale } from '#lib/i18n';
import { m } from '#lib/paraglide/messages.js';
import { unsubscribeUrl } from './unsubscribe';

export type SmsChoice = 'outbox' | 'smpp' | 'off';
export type TelegramChoice = 'outbox' | 'bot' | 'off';
export type EmailChoice = 'outbox' | 'smtp' | 'off';

export interface ChannelsConfig {
	sms: SmsChoice;
	telegram: TelegramChoice;
	email: EmailChoice;
	smppUrl: string;
	smppSource: string;
	smppWindow: number;
	smppRate: number;
	telegramToken: string;
	telegramApiRoot: string;
	telegramUpdates: 'webhook' | 'polling' | 'off';
	telegramWebhookSecret: string;
	telegramRate: number;
	smtpUrl: string;
	mailFrom: string;
	/** Rows one node holds in `sending` per channel (what a crash may repeat). */
	window: number;
	leaseMs: number;
}

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
	if (value === undefined || value === '') return fallback;
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new Error(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

const num = (value: string | undefined, fallback: number) => (value && Number.isFinite(Number(value)) ? Number(value) : fallback);

/** Which adapter serves each channel (README: Configuration). */
export function channelsConfig(env: NodeJS.ProcessEnv = process.env): ChannelsConfig {
	const prod = modeOf(env) === 'production';
	return {
		// Production must say how SMS goes out (or that it does not): see assertProductionChannels.
		sms: choice('SMS', env.SMS, ['outbox', 'smpp', 'off'] as const, prod ? ('' as SmsChoice) : 'outbox'),
		telegram: choice('TELEGRAM', env.TELEGRAM, ['outbox', 'bot', 'off'] as const, prod ? 'off' : 'outbox'),
		email: choice('EMAIL', env.EMAIL, ['outbox', 'smtp', 'off'] as const, prod ? 'smtp' : 'outbox'),
		smppUrl: smppUrlOf(env),
		smppSource: env.SMPP_SOURCE ?? 'Sapar',
		smppWindow: num(env.SMPP_WINDOW, 10),
		smppRate: num(env.SMPP_RATE, 50),
		telegramToken: env.TELEGRAM_BOT_TOKEN ?? '',
		telegramApiRoot: env.TELEGRAM_API_ROOT ?? 'https://api.telegram.org',
		telegramUpdates: choice('TELEGRAM_UPDATES', env.TELEGRAM_UPDATES, ['webhook', 'polling', 'off'] as const, 'webhook'),
		telegramWebhookSecret: env.TELEGRAM_WEBHOOK_SECRET ?? '',
		telegramRate: num(env.TELEGRAM_RATE, 25),
		smtpUrl: env.SMTP_URL ?? config.smtpUrl,
		mailFrom: env.MAIL_FROM ?? config.mailFrom,
		window: num(env.CHANNELS_WINDOW, 200),
		leaseMs: num(env.CHANNELS_LEASE_SECONDS, 300) * 1000
	};
}

/**
 * The SMSC address: SMPP_URL, or the same put together from SMPP_HOST, SMPP_PORT, SMPP_SYSTEM_ID,
 * SMPP_PASSWORD and SMPP_TLS=yes (easier when the password holds characters a URL must escape).
 */
export function smppUrlOf(env: NodeJS.ProcessEnv): string {
	if (env.SMPP_URL) return env.SMPP_URL.trim();
	const parts = [env.SMPP_HOST, env.SMPP_PORT, env.SMPP_SYSTEM_ID, env.SMPP_PASSWORD];
	if (parts.every((p) => !p)) return '';
	const [host = '', port = '', systemId = '', password = ''] = parts.map((p) => (p ?? '').trim());
	const scheme = env.SMPP_TLS === 'yes' ? 'ssmpp' : 'smpp';
	return `${scheme}://${encodeURIComponent(systemId)}:${encodeURIComponent(password)}@${host}${port ? `:${port}` : ''}`;
}

/** SMPP 3.4 (5.2.1, 5.2.2): system_id at most 15 characters, password at most 8, both printable ASCII. */
const PRINTABLE = /^[\x21-\x7e]+$/;
const SMPP_HELP = 'set SMPP_URL=smpp://system_id:password@host:port (ssmpp:// for TLS), or SMPP_HOST, SMPP_PORT, SMPP_SYSTEM_ID and SMPP_PASSWORD';

/** What keeps SMS=smpp from working, one English sentence per problem (empty when the address is complete and valid). */
export function smppProblems(url: string): string[] {
	if (!url) return [`SMS=smpp needs the SMSC's address and login: ${SMPP_HELP}.`];
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return [`SMPP_URL is not a valid address: ${SMPP_HELP}.`];
	}
	const problems: string[] = [];
	if (parsed.protocol !== 'smpp:' && parsed.protocol !== 'ssmpp:')
		problems.push(`SMPP_URL must start with smpp:// (or ssmpp:// for TLS), not ${parsed.protocol}//.`);
	if (!parsed.hostname) problems.push('The SMSC host is missing (SMPP_HOST, or the host in SMPP_URL).');
	const port = Number(parsed.port);
	if (!parsed.port) problems.push('The SMSC port is missing (SMPP_PORT, or :port in SMPP_URL; usually 2775, or 3550 for TLS).');
	else if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push('The SMSC port must be a number from 1 to 65535.');
	let systemId = '';
	let password = '';
	try {
		systemId = decodeURIComponent(parsed.username);
		password = decodeURIComponent(parsed.password);
	} catch {
		problems.push('The SMPP system id or password is badly escaped in SMPP_URL (use SMPP_SYSTEM_ID and SMPP_PASSWORD instead).');
	}
	if (!systemId) problems.push('The SMPP system id is missing (SMPP_SYSTEM_ID, or system_id@ in SMPP_URL): the login the SMS provider gave you.');
	else if (systemId.length > 15 || !PRINTABLE.test(systemId)) problems.push('The SMPP system id must be 1 to 15 printable ASCII characters (SMPP 3.4).');
	if (!password) problems.push('The SMPP password is missing (SMPP_PASSWORD, or :password@ in SMPP_URL).');
	else if (password.length > 8 || !PRINTABLE.test(password)) problems.push('The SMPP password must be 1 to 8 printable ASCII characters (SMPP 3.4).');
	if (parsed.pathname && parsed.pathname !== '/') problems.push('SMPP_URL must not have a path after host:port.');
	return problems;
}

/** Problems that stop a production start (an empty list when it may start). */
export function productionProblems(cfg: ChannelsConfig): string[] {
	const problems: string[] = [];
	if (!cfg.sms) {
		problems.push(
			"SMS is not configured: sign-in codes, case confirmations and reminders go by SMS. Set SMS=smpp with the SMSC's address and login " +
				`(${SMPP_HELP.replace(/^set /, '')}), or SMS=off to run without SMS (phone sign-in is then hidden).`
		);
	}
	if (cfg.sms === 'outbox') problems.push("SMS=outbox only captures messages; production needs SMS=smpp (with the SMSC's address and login) or SMS=off.");
	if (cfg.sms === 'smpp') problems.push(...smppProblems(cfg.smppUrl));
	if (cfg.email === 'smtp' && !cfg.smtpUrl) problems.push('E-mail needs SMTP_URL (smtp://user:pass@host:587), or EMAIL=off.');
	if (cfg.email === 'outbox') problems.push('EMAIL=outbox only captures messages; production needs EMAIL=smtp or EMAIL=off.');
	if (cfg.telegram === 'outbox') problems.push('TELEGRAM=outbox only captures messages; production needs TELEGRAM=bot or TELEGRAM=off.');
	problems.push(...telegramProblems(cfg));
	return problems;
}

/**
 * What stops this process from starting, in plain English naming the variables (an empty list when it
 * may start). Outside production nothing does: unset channels fall back to the development outbox.
 */
export function startupProblems(env: NodeJS.ProcessEnv = process.env): string[] {
	if (modeOf(env) !== 'production') return [];
	let cfg: ChannelsConfig;
	try {
		cfg = channelsConfig(env);
	} catch (error) {
		return [`${(error as Error).message}.`];
	}
	return productionProblems(cfg);
}

/** Phone sign-in exists only where codes can reach a phone (hidden with SMS=off). */
export const smsAvailable = (cfg: ChannelsConfig = channelsConfig()) => cfg.sms === 'outbox' || cfg.sms === 'smpp';
/** Whether the sign-in page offers a code by SMS (read from the environment at each call; cheap). */
export const phoneSignInAvailable = (env: NodeJS.ProcessEnv = process.env) => {
	try {
		return smsAvailable(channelsConfig(env));
	} catch {
		return false;
	}
};

/** The adapter for each channel that is switched on. */
export async function createAdapters(cfg: ChannelsConfig): Promise<Partial<Record<Channel, ChannelAdapter>>> {
	const adapters: Partial<Record<Channel, ChannelAdapter>> = {};
	if (cfg.sms === 'outbox') adapters.sms = outboxAdapter('sms');
	if (cfg.sms === 'smpp') {
		const problems = smppProblems(cfg.smppUrl);
		if (problems.length) throw new Error(problems.join(' '));
		adapters.sms = new SmppAdapter({ url: cfg.smppUrl, source: cfg.smppSource, window: cfg.smppWindow, ratePerSecond: cfg.smppRate });
	}
	if (cfg.telegram === 'outbox') adapters.telegram = outboxAdapter('telegram');
	if (cfg.telegram === 'bot') adapters.telegram = telegramBot(cfg);
	if (cfg.email === 'outbox') adapters.email = outboxAdapter('email');
	if (cfg.email === 'smtp') {
		if (!cfg.smtpUrl) throw new Error('EMAIL=smtp needs SMTP_URL');
		// Every e-mail carries a one-click unsubscribe link (header and text), docs/decisions/0014.
		adapters.email = smtpAdapter({
			url: cfg.smtpUrl,
			from: cfg.mailFrom,
			unsubscribeUrl,
			footer: (url, locale) => m.email_unsubscribe_footer({ url }, { locale: isLocale(locale) ? locale : 'ky' })
		});
	}
	return adapters;
}

// ─── Telegram (docs/decisions/0014) ──────────────────────────────────────────

/** What keeps TELEGRAM=bot from working (checked at every start in production, and before the adapter is made). */
export function telegramProblems(cfg: ChannelsConfig): string[] {
	if (cfg.telegram !== 'bot') return [];
	const problems: string[] = [];
	if (!cfg.telegramToken) problems.push('TELEGRAM=bot needs TELEGRAM_BOT_TOKEN (from @BotFather).');
	if (cfg.telegramUpdates === 'webhook' && !cfg.telegramWebhookSecret) {
		problems.push(
			'TELEGRAM=bot with TELEGRAM_UPDATES=webhook needs TELEGRAM_WEBHOOK_SECRET (1–256 characters A–Z, a–z, 0–9, _ and -), or TELEGRAM_UPDATES=polling.'
		);
	}
	if (cfg.telegramWebhookSecret && !/^[A-Za-z0-9_-]{1,256}$/.test(cfg.telegramWebhookSecret)) {
		problems.push('TELEGRAM_WEBHOOK_SECRET may only hold A–Z, a–z, 0–9, _ and - (at most 256).');
	}
	return problems;
}

/** The webhook address Telegram is told at start (ORIGIN must be https for Telegram to accept it). */
export const telegramWebhookUrl = () => `${config.origin.replace(/\/$/, '')}/telegram/webhook`;

function telegramBot(cfg: ChannelsConfig) {
	const problems = telegramProblems(cfg);
	if (problems.length) throw new Error(problems.join(' '));
	return telegramAdapter({
		token: cfg.telegramToken,
		apiRoot: cfg.telegramApiRoot,
		ratePerSecond: cfg.telegramRate,
		updates: cfg.telegramUpdates,
		webhookUrl: telegramWebhookUrl(),
		webhookSecret: cfg.telegramWebhookSecret
	});
}
