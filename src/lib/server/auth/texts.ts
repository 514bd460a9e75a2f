import { m } from '#lib/paraglide/messages.js';

/** The SMS that carries a sign-in code, in the language of the current request. */
export const codeMessage = (code: string) => m.sms_code({ code });
