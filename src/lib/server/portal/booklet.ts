import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { formatPartialDate, pick, tr, type Locale } from '#lib/i18n';
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

export interface BookletBlock {
	font: 'regular' | 'bold';
	size: number;
	text: string;
	/** lines of space before */
	gap: number;
	color?: string;
}

/** What the booklet says, in order: the page's text, with the same "not confirmed" warnings at the top of each section. */
export function bookletBlocks(guide: Guide, locale: Locale, origin: string): BookletBlock[] {
	const grey = '#505a64';
	const blocks: BookletBlock[] = [
		{ font: 'bold', size: 20, text: `Sapar — ${tr(guide.countryName, locale)}`, gap: 0 },
		{ font: 'regular', size: 10, text: markdownToText(tr(guide.intro, locale)), gap: 0.5 },
		{ font: 'regular', size: 8, text: `${origin}/${locale}/countries/${guide.countryIso2.toLowerCase()}`, gap: 0.5, color: grey }
	];
	for (const section of guide.sections) {
		blocks.push({ font: 'bold', size: 13, text: sectionTitle(section.kind, locale), gap: 1 });
		if (!section.confirmed) blocks.push({ font: 'bold', size: 10, text: m.section_not_confirmed({}, { locale }), gap: 0.3, color: '#8a1c00' });
		blocks.push({ font: 'regular', size: 10, text: markdownToText(pick(section.body, locale).text), gap: 0.3 });
		const source = [section.source.title, section.source.article, section.source.date && formatPartialDate(section.source.date, locale)]
			.filter(Boolean)
			.join(', ');
		blocks.push({
			font: 'regular',
			size: 8,
			text: `${m.source_label({}, { locale })}: ${source}. ${m.reviewed_on({ date: section.reviewedOn }, { locale })}`,
			gap: 0.3,
			color: grey
		});
	}
	return blocks;
}

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
	for (const b of bookletBlocks(guide, locale, origin)) {
		if (b.gap) doc.moveDown(b.gap);
		doc
			.font(b.font)
			.fontSize(b.size)
			.fillColor(b.color ?? 'black')
			.text(b.text, { lineGap: b.size === 10 ? 2 : 0 });
	}
	doc.end();
	return done;
}
