import { m } from '#lib/paraglide/messages.js';

type MessageFn = (inputs?: Record<string, unknown>, options?: { locale?: 'ky' | 'ru' | 'en' }) => string;
const table = m as unknown as Record<string, MessageFn | undefined>;

/** A message by key (for keys computed at run time, such as validation errors). */
export function msg(key: string, inputs?: Record<string, unknown>, options?: { locale?: 'ky' | 'ru' | 'en' }): string {
	return (table[key] ?? table.error_invalid)!(inputs, options);
}

export { m };
