import { expect, test } from '@playwright/test';
import { expectAccessible, signInStaff } from './support';

test.use({ locale: 'en-GB' });

test('a supervisor gives a partner system a key: shown once, reads the case list, is revoked; public GETs are open to any site', async ({ page, request }) => {
	await signInStaff(page, 'supervisor@sapar.test');
	await page.goto('/staff/api-keys');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Create key' }).click();
	await expect(page.locator('.error-summary')).toContainText('Name of the system');
	await page.getByLabel('Name of the system').fill('Hotline CRM');
	await page.getByLabel("Read our organisation's case list (no confidential fields)").check();
	await page.getByRole('button', { name: 'Create key' }).click();
	const token = (await page.locator('code.token').innerText()).trim();
	expect(token).toMatch(/^sapar_/);
	await expectAccessible(page);

	const cases = await request.get('/api/v1/cases', { headers: { authorization: `Bearer ${token}` } });
	expect(cases.status()).toBe(200);
	expect((await request.get('/api/v1/cases', { headers: { authorization: 'Bearer sapar_not-a-key' } })).status()).toBe(401);
	// The key may read cases, not file help requests.
	const filed = await request.post('/api/v1/help-requests', { headers: { authorization: `Bearer ${token}` }, data: { type: 'other' } });
	expect(filed.status()).toBe(403);

	await page.goto('/staff/api-keys');
	await expect(page.locator('table')).toContainText('Hotline CRM');
	await expect(page.locator('table')).not.toContainText(token);
	await page.locator('tr', { hasText: 'Hotline CRM' }).first().locator('form[action="?/revoke"] button').click();
	await expect(page.locator('[role=status]')).toContainText('The key is revoked.');
	expect((await request.get('/api/v1/cases', { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);

	// CORS: public reads are open to any site; personal data is not.
	const laws = await request.get('/api/v1/laws', { headers: { origin: 'https://news.example' } });
	expect(laws.headers()['access-control-allow-origin']).toBe('*');
	const preflight = await request.fetch('/api/v1/alerts', {
		method: 'OPTIONS',
		headers: { origin: 'https://news.example', 'access-control-request-method': 'GET' }
	});
	expect(preflight.status()).toBe(204);
	expect(preflight.headers()['access-control-allow-methods']).toBe('GET, HEAD');
	const mine = await request.fetch('/api/v1/me/profile', {
		method: 'OPTIONS',
		headers: { origin: 'https://news.example', 'access-control-request-method': 'GET' }
	});
	expect(mine.headers()['access-control-allow-origin']).toBeUndefined();
});
