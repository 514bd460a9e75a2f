/**
 * Finding untranslated English in Kyrgyz and Russian text (issue 16, WCAG 3.1.2), shared by the content
 * test and the browser test. Allowed: proper names and brands that are the same in every language,
 * abbreviations, web and e-mail addresses, file names, placeholders and passages marked with a `lang`.
 */
export const NAMES = new Set(
	`Sapar Telegram WhatsApp Viber Google Yandex Facebook Instagram Excel Windows Authenticator FreeOTP Frictionless Data Package
	 Atom Meken Card Bearer Authorization Retry After`
		.split(/\s+/)
		.filter(Boolean)
);

const L = 'A-Za-zÀ-ɏ';
const WORD = new RegExp(`[${L}][${L}'’-]*[${L}]`, 'g');
const DOMAIN = /\b[\w-]+(?:\.[\w-]+)*\.(?:kg|kz|ru|tr|de|uk|jp|lv|sk|bh|ae|kr|us|com|org|gov|net|int|eu|info|go)\b/gi;

/** The English (Latin-script) words in a Kyrgyz or Russian text that nothing allows. */
export function untranslated(text: string): string[] {
	const cleaned = text
		.replace(/\[[^\]]+\]\{lang=[^}]+\}/g, ' ') // a passage marked with its language
		.replace(/\]\([^)]*\)/g, ']') // a link's address
		.replace(/https?:\/\/\S*|www\.\S+|[\w.+-]+@[\w.-]+\.\w+|\S+\.(?:pdf|csv|xlsx?|json|atom|png|jpe?g|zip)\b/gi, ' ')
		.replace(DOMAIN, ' ')
		.replace(/\{[a-z_]+\}/g, ' ') // message placeholders
		.replace(/(^|[\s(])\.[a-z]{2,4}\b/g, ' ') // a file extension
		.replace(/(^|\s)\/[a-z]+/g, ' '); // bot commands
	const found: string[] = [];
	for (const word of cleaned.match(WORD) ?? []) {
		const parts = word.split(/[-’']/).filter(Boolean);
		if (parts.every((p) => NAMES.has(p) || /^[A-ZÀ-Þİ0-9]+s?$/.test(p) || /^X+$/.test(p))) continue;
		found.push(word);
	}
	return found;
}
