/**
 * Compressed size (brotli and gzip) of every page in the sitemap, HTML plus its stylesheets and
 * scripts, against the 14 KB target (one TCP initial window). Exit code 1 when a page is over.
 */
import { request } from 'node:http';
import { startApp } from './server';

const TARGET = 14 * 1024;

/** Bytes on the wire for one response with the given content-encoding. */
async function wireBytes(url: string, encoding: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const req = request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
			let n = 0;
			res.on('data', (c: Buffer) => (n += c.length));
			res.on('end', () => resolve(n));
		});
		req.on('error', reject);
		req.end();
	});
}

const app = await startApp();
try {
	const sitemap = await (await fetch(`${app.base}/sitemap.xml`)).text();
	const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
	const rows: string[] = [];
	let worst = 0;
	let over = 0;
	for (const path of pages) {
		const url = app.base + path;
		const body = await (await fetch(url)).text();
		const assets = [...body.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+\.(?:css|js))"/g)].map((m) => new URL(m[1], url).href);
		let br = await wireBytes(url, 'br');
		let gz = await wireBytes(url, 'gzip');
		let raw = await wireBytes(url, 'identity');
		for (const asset of assets) {
			br += await wireBytes(asset, 'br');
			gz += await wireBytes(asset, 'gzip');
			raw += await wireBytes(asset, 'identity');
		}
		worst = Math.max(worst, br);
		if (br > TARGET) over++;
		rows.push(`${path.padEnd(24)} ${String(raw).padStart(7)} ${String(gz).padStart(7)} ${String(br).padStart(7)}  ${(br / TARGET).toFixed(2).padStart(5)}  ${assets.length}`);
	}
	console.log(`page (HTML + CSS/JS)       raw B  gzip B    br B  /14KB  assets`);
	console.log(rows.join('\n'));
	console.log(`\n${pages.length} pages; largest ${worst} B brotli (${((worst / TARGET) * 100).toFixed(0)}% of 14 KB); ${over} over target`);
	process.exitCode = over ? 1 : 0;
} finally {
	await app.stop();
}
