/**
 * Compressed size (brotli and gzip) of every page in the sitemap, and of a migrant's pages from
 * sign-in to the checklist (signed in through the demo SMS outbox), HTML plus its stylesheets and
 * scripts, against the 14 KB target (one TCP initial window). Exit code 1 when a page is over.
 */
import { request } from 'node:http';
import { startApp } from './server';

const TARGET = 14 * 1024;

/** Bytes on the wire for one response with the given content-encoding. */
async function wireBytes(url: string, encoding: string, cookie = ''): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = request(url, { headers: { 'accept-encoding': encoding, cookie } }, (res) => {
			let n = 0;
			res.on('data', (c: Buffer) => (n += c.length));
			res.on('end', () => resolve(n));
		});
		req.on('error', reject);
		req.end();
	});
}

/** Signs a new demo migrant in with a phone code read from the development outbox; the session cookie. */
async function signIn(base: string): Promise<{ cookie: string; phone: string }> {
	const phone = `+99655${String(Date.now()).slice(-7)}`;
	const post = (path: string, form: Record<string, string>) =>
		fetch(base + path, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(form)
		});
	await post('/ky/sign-in?/request', { phone });
	let code: string | undefined;
	for (let i = 0; i < 50 && !code; i++) {
		code = (await (await fetch(`${base}/dev/outbox?to=${encodeURIComponent(phone)}`)).text()).match(/(?:code is|коду|для входа) (\d{6})/)?.[1];
		if (!code) await new Promise((r) => setTimeout(r, 200));
	}
	if (!code) throw new Error('no sign-in code in the outbox (is the app in demo mode?)');
	const res = await post('/ky/sign-in?/verify', { phone, code });
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	if (!cookie) throw new Error(`sign-in gave no session (${res.status} ${res.headers.get('location')} ${(await res.text()).slice(0, 300)})`);
	return { cookie, phone };
}

const app = await startApp();
try {
	const sitemap = await (await fetch(`${app.base}/sitemap.xml`)).text();
	const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => ({ path: new URL(m[1]).pathname, cookie: '' }));
	const publicPages = pages.length;
	const { cookie, phone } = await signIn(app.base);
	const journey = ['profile', 'consents', 'checklist', 'checklist/kr', 'registration', 'return', 'applications', 'certificates', 'data'];
	for (const lang of ['ky', 'ru']) {
		pages.push({ path: `/${lang}/sign-in`, cookie: '' }, { path: `/${lang}/sign-in?phone=${encodeURIComponent(phone)}`, cookie: '' });
		pages.push(...['account', ...journey.map((p) => `account/${p}`)].map((p) => ({ path: `/${lang}/${p}`, cookie })));
	}
	const rows: string[] = [];
	let worst = 0;
	let over = 0;
	for (const { path, cookie: c } of pages) {
		const url = app.base + path;
		const res = await fetch(url, { headers: { cookie: c }, redirect: 'manual' });
		if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
		const body = await res.text();
		const assets = [...body.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+\.(?:css|js))"/g)].map((m) => new URL(m[1], url).href);
		let br = await wireBytes(url, 'br', c);
		let gz = await wireBytes(url, 'gzip', c);
		let raw = await wireBytes(url, 'identity', c);
		for (const asset of assets) {
			br += await wireBytes(asset, 'br');
			gz += await wireBytes(asset, 'gzip');
			raw += await wireBytes(asset, 'identity');
		}
		worst = Math.max(worst, br);
		if (br > TARGET) over++;
		rows.push(
			`${(c ? `${path} (signed in)` : path.replace(/phone=.*/, 'phone=…')).padEnd(42)} ${String(raw).padStart(7)} ${String(gz).padStart(7)} ${String(br).padStart(7)}  ${(br / TARGET).toFixed(2).padStart(5)}  ${assets.length}`
		);
	}
	console.log(`${'page (HTML + CSS/JS)'.padEnd(42)}   raw B  gzip B    br B  /14KB  assets`);
	console.log(rows.join('\n'));
	console.log(
		`\n${pages.length} pages (${publicPages} public, the rest a migrant's from sign-in to the checklist); largest ${worst} B brotli (${((worst / TARGET) * 100).toFixed(0)}% of 14 KB); ${over} over target`
	);
	process.exitCode = over ? 1 : 0;
} finally {
	await app.stop();
}
