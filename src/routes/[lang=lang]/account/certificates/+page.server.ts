import QRCode from 'qrcode';
import { config } from '#lib/server/config';
import { getDb } from '#lib/server/db/client';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { myCertificates } from '#lib/server/training/training.service';

export const load = async (event) => {
	const actor = requireMigrant(event);
	const certificates = await myCertificates(getDb(), actor, actor.userId);
	return {
		certificates: await Promise.all(
			certificates.map(async (c) => {
				const url = `${config.origin}/${event.params.lang}/certificates/${c.code}`;
				return { ...c, url, qr: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
			})
		)
	};
};
