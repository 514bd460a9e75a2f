import type { Locale } from '#lib/i18n';
import type { Viewer } from '#lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
		}
		interface Locals {
			locale: Locale;
			viewer: Viewer | null;
		}
	}
}

export {};
