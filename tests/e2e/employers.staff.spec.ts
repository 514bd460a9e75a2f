import { expect, test } from '@playwright/test';
import { readOutbox, signInStaff, expectAccessible, unique } from './support';

test.use({ locale: 'en-GB' });

test('the ministry reviews a report, hears the employer, a second supervisor lists it, and the contract check flags it', async ({ page, browser }, info) => {
	const name = unique('Demo Employer', info.project.name);
	const employerEmail = `${unique('hr', info.project.name)}@employer.example`;

	// A report comes in from the public form.
	await page.goto('/en/employers/report');
	await page.getByLabel('Employer name').fill(name);
	await page.getByLabel('Country').selectOption('KR');
	await page.getByLabel('City').fill('Ansan');
	await page.getByLabel('What happened').selectOption('unpaid_wages');
	await page.getByLabel('Details').fill('No wages for two months at the factory.');
	await page.getByRole('button', { name: 'Send the report' }).click();
	await expect(page.getByRole('status')).toBeVisible();

	// The inspector opens a proceeding, adds evidence and notifies the employer.
	await signInStaff(page, 'inspector@sapar.test');
	await page.getByRole('link', { name: 'Employers: reports and black list' }).click();
	await page.getByRole('link', { name }).click();
	await page.getByRole('button', { name: 'Open a proceeding' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(/BL-\d{4}-\d{4}/);
	await page.getByLabel('Kind of evidence').selectOption('document');
	await page.getByLabel('Description of the evidence').fill('Bank statements of three workers.');
	await page.getByLabel('Obtained on').fill(new Date().toISOString().slice(0, 10));
	await page.getByRole('button', { name: 'Add evidence' }).click();
	await expect(page.locator('ol')).toContainText('Bank statements of three workers.');
	await page.locator('#noticeEmail').fill(employerEmail);
	await page.getByRole('button', { name: 'Notify the employer' }).click();
	await expect(page.getByRole('status')).toContainText('Saved');
	await expectAccessible(page);
	const proceedingUrl = page.url();

	// The employer answers through the private link.
	const [link] = await readOutbox(page, employerEmail, /https?:\/\/[^\s]+\/employers\/reply\/[A-Za-z0-9_-]+/);
	const employer = await browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 740 } });
	const reply = await employer.newPage();
	await reply.goto(link.replace(/^https?:\/\/[^/]+/, '').replace('/ru/', '/en/'));
	await expect(reply.locator('main')).toContainText('Unpaid wages');
	await expect(reply.locator('main')).not.toContainText('two months at the factory');
	await reply.getByLabel("Employer's reply").fill('Wages were paid late because of a client default.');
	await reply.getByRole('button', { name: 'Send the reply' }).click();
	await expect(reply.getByRole('status')).toContainText('Received');
	await expectAccessible(reply);
	await employer.close();

	// The inspector submits for decision; the inspector cannot decide.
	await page.goto(proceedingUrl);
	await page.getByLabel('Unpaid wages').check();
	await page.getByLabel('Reason as published').fill('Wages unpaid for two months to three workers.');
	await page.getByRole('button', { name: 'Submit for decision' }).click();
	await expect(page.locator('main')).toContainText('Awaiting decision');

	// A ministry supervisor lists the employer.
	const supervisorContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 740 } });
	const supervisor = await supervisorContext.newPage();
	await signInStaff(supervisor, 'ministry.supervisor@sapar.test');
	await supervisor.goto(proceedingUrl);
	await supervisor.getByLabel('Place on the black list').check();
	await supervisor.getByRole('button', { name: 'Record the decision' }).click();
	await expect(supervisor.locator('main')).toContainText('Listed');
	await expectAccessible(supervisor);
	await supervisorContext.close();

	// The public sees it, and the contract check warns about it.
	await page.goto(`/en/employers?country=KR&q=${encodeURIComponent(name)}`);
	await expect(page.locator('.results')).toContainText('Wages unpaid for two months to three workers.');
	await page.goto('/en/contract-check');
	await page.getByLabel('Employer (optional)').fill(name);
	await page.getByLabel('Country').selectOption('KR');
	await page.getByLabel('Wage (amount)').fill('2500000');
	await page.getByLabel('Currency').selectOption('KRW');
	await page.getByLabel('Paid per').selectOption('month');
	await page.getByLabel('Hours per week').fill('40');
	await page.getByLabel('Who keeps your passport').selectOption('me');
	await page.getByLabel('Do you have a copy of the contract in a language you read').selectOption('yes');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.locator('main')).toContainText(`${name} is on the black list`);
});
