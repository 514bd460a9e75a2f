// The app as `npm start` runs it, on a fresh embedded database (unless DATABASE_URL is given).
import { rmSync } from 'node:fs';

if (!process.env.DATABASE_URL && process.env.SAPAR_DATA_DIR) {
	rmSync(process.env.SAPAR_DATA_DIR, { recursive: true, force: true });
}
await import('../../scripts/start');
