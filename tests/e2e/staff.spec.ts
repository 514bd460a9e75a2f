import { expect, test } from '@playwright/test';
import { expectAccessible, readOutbox, signInStaff, totp, unique } from './support';

test.describe('staff', () => {
	test.use({ locale: 'en-GB' });

	test('staff sign in with password and TOTP and see their organisation and role', async ({ page }) => {
		await page.goto('/staff');
		await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Fstaff$/);
		await expectAccessible(page);
		await signInStaff(page, 'caseworker@sapar.test');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff home');
		await expect(page.locator('dl')).toContainText('Case worker');
		await expect(page.locator('dl')).toContainText(/Bishkek/);
		await expectAccessible(page);
	});

	test('a wrong password or code is refused with a message', async ({ page }) => {
		await page.goto('/staff/sign-in');
		await page.getByLabel('Email address').fill('caseworker@sapar.test');
		await page.getByLabel('Password').fill('not the password at all');
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.getByRole('alert')).toContainText('The email address or password is not right');
		await expect(page.getByLabel('Email address')).toHaveValue('caseworker@sapar.test');
		await expect(page.getByLabel('Password')).toHaveValue('');
		await expectAccessible(page);

		await page.getByLabel('Password').fill('sapar-demo-password');
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.getByLabel('Code from your authenticator app').fill('000000');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toContainText('The code is wrong');
		await expectAccessible(page);
	});

	test('an admin creates an organisation and invites a person, who joins with a second factor', async ({ page, browser }, info) => {
		const slug = unique('org', info.project.name);
		const email = `${unique('person', info.project.name)}@example.kg`;
		await signInStaff(page, 'admin@sapar.test');
		await page.getByRole('link', { name: 'Organisations' }).click();
		await expectAccessible(page);

		// Bad input first: errors in a summary and beside each field, nothing created.
		await page.getByRole('button', { name: 'Add organisation' }).click();
		await expect(page).toHaveTitle(/^Error: /);
		await expect(page.locator('#kind-error')).toHaveText('Choose one of the options');
		await expect(page.locator('#nameKy-error')).toHaveText('Enter a value');
		await expectAccessible(page);

		await page.getByLabel('Kind of organisation').selectOption('ngo');
		await page.getByLabel('Identifier').fill(slug);
		await page.getByLabel('Name in Kyrgyz').fill('Мигранттарга жардам');
		await page.getByLabel('Name in English (optional)').fill(`Help for migrants ${slug}`);
		await page.getByLabel('Country').selectOption('KG');
		await page.getByRole('button', { name: 'Add organisation' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Help for migrants ${slug}`);

		await page.getByLabel('Email address').fill(email);
		await page.getByLabel('Role').selectOption('supervisor');
		await page.getByRole('button', { name: 'Send invitation' }).click();
		await expect(page.getByRole('status')).toContainText(email);
		await expectAccessible(page);

		const [link] = await readOutbox(page, email, /http:\/\/[^\s<]+\/staff\/invitations\/[A-Za-z0-9_-]+/);

		// The invited person, in a browser of their own.
		const context = await browser.newContext({ javaScriptEnabled: info.project.name === 'js', locale: 'en-GB', viewport: { width: 360, height: 740 } });
		const person = await context.newPage();
		await person.goto(link);
		await expect(person.getByRole('heading', { level: 1 })).toHaveText('Accept your invitation');
		await expectAccessible(person);
		await person.getByLabel('Name').fill('Гүлнара Тестова');
		await person.getByLabel('Password').fill('short');
		await person.getByRole('button', { name: 'Create account' }).click();
		await expect(person.locator('#password-error')).toHaveText('The password must be at least 12 characters');
		await person.getByLabel('Password').fill('a long enough pass phrase');
		await person.getByRole('button', { name: 'Create account' }).click();

		// Two-step verification is mandatory before anything else.
		await expect(person).toHaveURL(/\/staff\/security\/two-factor$/);
		await person.goto('/staff');
		await expect(person).toHaveURL(/\/staff\/security\/two-factor$/);
		await person.getByLabel('Password').fill('a long enough pass phrase');
		await person.getByRole('button', { name: 'Continue' }).click();
		const secret = (await person.getByTestId('totp-secret').textContent())!.trim();
		await expectAccessible(person);
		await person.getByLabel('Code from your authenticator app').fill(await totp(secret));
		await person.getByRole('button', { name: 'Confirm' }).click();
		await expect(person).toHaveURL(/\/staff$/);
		await expect(person.locator('dl')).toContainText('Supervisor');
		await expect(person.locator('dl')).toContainText(`Help for migrants ${slug}`);

		// The link works once.
		const again = await person.goto(link);
		expect(again?.status()).toBe(404);
		await context.close();
	});

	test('staff cannot reach other organisations or admin screens', async ({ page }) => {
		await signInStaff(page, 'osh@sapar.test');
		const admin = await page.goto('/staff/admin/organisations');
		expect(admin?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access');
		await expectAccessible(page);

		// A guessed organisation address is simply not found.
		const response = await page.request.get('/staff/admin/organisations/00000000-0000-4000-8000-000000000000');
		expect(response.status()).toBe(404);
	});

	test('a supervisor sees their own organisation but not another', async ({ page, browser }) => {
		// Find CECA Osh's id as an admin.
		const adminContext = await browser.newContext({ locale: 'en-GB' });
		const admin = await adminContext.newPage();
		await signInStaff(admin, 'admin@sapar.test');
		await admin.goto('/staff/admin/organisations');
		const oshHref = await admin.getByRole('link', { name: 'Centre for Employment of Citizens Abroad (CECA), Osh', exact: true }).getAttribute('href');
		await adminContext.close();

		await signInStaff(page, 'supervisor@sapar.test');
		await page.getByRole('link', { name: 'People in my organisation' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'People' })).toBeVisible();
		await expectAccessible(page);
		const other = await page.goto(oshHref!);
		expect(other?.status()).toBe(404);
	});
});
