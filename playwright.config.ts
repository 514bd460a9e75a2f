import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's Chromium (never a downloaded browser) on a phone-sized screen. Every story runs with and
// without JavaScript, except staff-only stories (`*staff.spec.ts`): staff screens are rendered on
// the server like every page, so running them twice would only spend the CI budget.
export default defineConfig({
	testDir: 'tests/e2e',
	// Generous limits: CI machines can be several times slower than a workstation (password
	// hashing and two browsers on two cores); the figures live in bench/, not here.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	workers: 2,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	use: {
		baseURL,
		viewport: { width: 360, height: 740 },
		locale: 'ky-KG',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'js', use: { javaScriptEnabled: true } },
		{ name: 'no-js', use: { javaScriptEnabled: false }, testIgnore: /staff\.spec\.ts$/ }
	],
	webServer: {
		command: 'node_modules/.bin/tsx tests/e2e/server.ts',
		url: `${baseURL}/readyz`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			SAPAR_MODE: 'test',
			SAPAR_DATA_DIR: '.data/e2e-postgres',
			LOG_LEVEL: 'warn',
			RATE_LIMIT_OTP_PER_IP: '1000',
			RATE_LIMIT_SIGNIN_PER_IP: '1000'
		}
	}
});
