import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;
// A second app for the alerts story: SMS over SMPP to a loopback SMSC, Telegram through a fake Bot
// API (tests/e2e/alerts-server.ts); its control endpoint shows what they received.
const ALERTS_PORT = PORT + 100;
export const ALERTS_CONTROL_PORT = PORT + 101;
const alertsURL = `http://127.0.0.1:${ALERTS_PORT}`;

// Debian's Chromium (never a downloaded browser) on a phone-sized screen. Every page is rendered on
// the server only (csr = false) and ships no script, so every story runs with JavaScript off — the
// way a cheap phone or a careful person sees Sapar — with axe on each page. A smoke set runs again
// with JavaScript on, to show nothing depends on it being off.
export default defineConfig({
	testDir: 'tests/e2e',
	// Generous limits: CI machines can be several times slower than a workstation (password
	// hashing and two browsers on two cores); the figures live in bench/, not here.
	timeout: 180_000,
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
		{
			name: 'no-js',
			use: { javaScriptEnabled: false },
			testIgnore: /alerts\.spec\.ts$/
		},
		{
			name: 'js',
			use: { javaScriptEnabled: true },
			testMatch: /(public|migrant-sign-in|help)\.spec\.ts$/
		},
		{
			name: 'alerts',
			use: { javaScriptEnabled: false, baseURL: alertsURL },
			testMatch: /alerts\.spec\.ts$/
		}
	],
	webServer: [
		{
			command: 'node_modules/.bin/tsx tests/e2e/server.ts',
			url: `${baseURL}/readyz`,
			timeout: 400_000,
			reuseExistingServer: false,
			stdout: 'ignore',
			stderr: 'pipe',
			env: {
				PORT: String(PORT),
				HOST: '127.0.0.1',
				ORIGIN: baseURL,
				SAPAR_MODE: 'test',
				SAPAR_IMPORT_MAX_MB: '2',
				SAPAR_DATA_DIR: '.data/e2e-postgres',
				// Each E2E_PORT its own embedded PostgreSQL port (5433 for the default 4173): parallel runs never share one.
				SAPAR_EMBEDDED_PORT: String(PORT + 1260),
				LOG_LEVEL: 'warn',
				RATE_LIMIT_OTP_PER_IP: '1000',
				RATE_LIMIT_SIGNIN_PER_IP: '1000',
				// every test comes from 127.0.0.1: the per-address ceilings of help requests and tracking are
				// proven in src/lib/server/http/rate-limit.db.test.ts
				RATE_LIMIT_CASE_PER_IP: '1000',
				RATE_LIMIT_CASE_DEVICES_PER_IP: '1000',
				RATE_LIMIT_TRACK_PER_IP: '1000'
			}
		},
		{
			command: 'node_modules/.bin/tsx tests/e2e/alerts-server.ts',
			url: `${alertsURL}/readyz`,
			timeout: 400_000,
			reuseExistingServer: false,
			stdout: 'ignore',
			stderr: 'pipe',
			env: {
				PORT: String(ALERTS_PORT),
				HOST: '127.0.0.1',
				ORIGIN: alertsURL,
				SAPAR_MODE: 'test',
				SAPAR_DATA_DIR: '.data/e2e-alerts',
				SAPAR_EMBEDDED_PORT: String(PORT + 1360),
				E2E_CONTROL_PORT: String(ALERTS_CONTROL_PORT),
				LOG_LEVEL: 'warn'
			}
		}
	]
});
