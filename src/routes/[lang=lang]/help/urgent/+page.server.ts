import { emergencyNumbers } from '#lib/server/portal/emergency.content';

export const load = () => ({ countries: emergencyNumbers() });
