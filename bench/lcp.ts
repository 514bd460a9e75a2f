/**
 * Largest Contentful Paint of portal pages under Lighthouse's mobile preset (simulated slow 4G and a
 * mid-range phone), with Debian's Chromium. Target: LCP ≤ 1.2 s; also prints performance and
 * accessibility scores.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startApp } from './server';

const PAGES = ['/ky', '/ru/countries/ru', '/en/laws', '/ky/help', '/ru/search?q=rossiya+patent'];

const app = await startApp();
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	chromeFlags: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});
let worst = 0;
try {
	console.log('page                              LCP      perf  a11y');
	for (const path of PAGES) {
		const result = await lighthouse(`${app.base}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility']
		});
		const lhr = result!.lhr;
		const lcp = lhr.audits['largest-contentful-paint'].numericValue ?? NaN;
		worst = Math.max(worst, lcp);
		console.log(
			`${path.padEnd(32)} ${(lcp / 1000).toFixed(2).padStart(5)} s  ${String(Math.round((lhr.categories.performance.score ?? 0) * 100)).padStart(4)}  ${String(Math.round((lhr.categories.accessibility.score ?? 0) * 100)).padStart(4)}`
		);
	}
	console.log(`\nworst LCP ${(worst / 1000).toFixed(2)} s (target 1.2 s, ${worst <= 1200 ? 'met' : 'NOT met'})`);
} finally {
	chrome.kill();
	await app.stop();
}
