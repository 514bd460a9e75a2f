import type { Db } from '../db/client';
import { emergencyNumbers } from '../portal/emergency.content';
import { listDirectory } from '../portal/portal.service';

/**
 * Other ways to get help, shown beside a closed case on the tracking page: the emergency numbers of the
 * country the case is about, and the hotlines in Kyrgyzstan (from the help directory), each to dial.
 */
export async function otherChannels(db: Db, countryIso2: string) {
	const emergency = emergencyNumbers().find((c) => c.countryIso2 === countryIso2) ?? null;
	const home = await listDirectory(db, { country: 'KG' });
	const hotlines = home.entries
		.map((r) => r.entry)
		.filter((e) => e.kind === 'hotline' && e.phones.length)
		.map((e) => ({ slug: e.slug, name: e.name, phones: e.phones }));
	return { emergency: emergency ? emergency.numbers : [], hotlines };
}
