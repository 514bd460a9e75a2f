import type { Locale } from '#lib/i18n';
import type { Viewer } from '#lib/server/auth/session';
import type { Partner } from '#lib/server/partners/api-keys.service';
import type { WithdrawnVacancy } from '#lib/server/recruitment/vacancy.service';

declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
			/** 410 on a vacancy page: withdrawn because its agency's licence is suspended or revoked */
			withdrawn?: WithdrawnVacancy;
		}
		interface Locals {
			locale: Locale;
			viewer: Viewer | null;
			/** A partner system calling the API with a key (docs/decisions/0026). */
			partner?: Partner | null;
		}
	}
}

export {};
