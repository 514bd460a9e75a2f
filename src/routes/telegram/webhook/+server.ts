import { handleTelegramWebhook } from '#lib/server/channels/telegram.webhook';
import { getDb } from '#lib/server/db/client';

/** Telegram posts bot updates here (X-Telegram-Bot-Api-Secret-Token checked); see channels/telegram.webhook.ts. */
export const POST = ({ request }) => handleTelegramWebhook(getDb(), request);
