import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { pick, tr, type Locale } from '#lib/i18n';
import { markdownToText } from '#lib/markdown';
import { m } from '#lib/paraglide/messages.js';
import type { getGuide } from './portal.service';

const require = createRequire(import.meta.url);
// DejaVu covers Latin and Cyrillic including Kyrgyz ң ө ү.
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

type Guide = NonNullable<Awaited<ReturnType<typeof getGuide>>>;
const sectionTitle = (kind: string, locale: Locale) =>
	(m as unknown as Record<string, (i: object, o: { locale: Locale }) => string>)[`section_${kind}`]({}, { locale });

/** A printable country booklet (A5, Cyrillic fonts embedded), generated on the server. */
export function renderBooklet(guide: Guide, locale: Locale, origin: string): Promise<Buffer> {
	const name = tr(guide.countryName, locale);
	const doc = new PDFDocument({
		size: 'A5',
		margin: 42,
		font: REGULAR,
		info: { Title: `Sapar — ${name}`, Author: 'Sapar', Subject: m.booklet_pdf({}, { locale }) },
		lang: locale
	});
	doc.registerFont('regular', REGULAR);
	doc.registerFont('bold', BOLD);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

	doc.font('bold').fontSize(20).text(`Sapar — ${name}`);
	doc.moveDown(0.5).font('regular').fontSize(10).text(tr(guide.intro, locale));
	doc.moveDown(0.5).fontSize(8).fillColor('#505a64').text(`${origin}/${locale}/countries/${guide.countryIso2.toLowerCase()}`);
	doc.fillColor('black');
	for (const section of guide.sections) {
		const body = pick(section.body, locale);
		doc.moveDown(1).font('bold').fontSize(13).text(sectionTitle(section.kind, locale));
		doc.moveDown(0.3).font('regular').fontSize(10).text(markdownToText(body.text), { lineGap: 2 });
		const source = [section.source.title, section.source.article].filter(Boolean).join(', ');
		doc
			.moveDown(0.3)
			.fontSize(8)
			.fillColor('#505a64')
			.text(`${m.source_label({}, { locale })}: ${source}. ${m.reviewed_on({ date: section.reviewedOn }, { locale })}`)
			.fillColor('black');
	}
	doc.end();
	return done;
}
