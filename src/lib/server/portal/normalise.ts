/**
 * Script-neutral form of text for search: Cyrillic (Russian and Kyrgyz letters) is transliterated to a
 * canonical Latin spelling, and common Latin spellings of Cyrillic sounds are folded the same way, so
 * "регистрация", "registratsiya" and "registraciya" all become "registraciia".
 */
const CYRILLIC: Record<string, string> = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
	м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', ш: 'sh',
	щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia', ү: 'u', ө: 'o', ң: 'n', і: 'i', қ: 'k', ғ: 'g',
	ұ: 'u', ә: 'a', һ: 'h'
};

const FOLDS: [RegExp, string][] = [
	[/kh/g, 'h'],
	[/ts/g, 'c'],
	[/tz/g, 'c'],
	[/zh/g, 'j'],
	[/sch/g, 'sh'],
	[/ya/g, 'ia'],
	[/yu/g, 'iu'],
	[/yo/g, 'e'],
	[/ye/g, 'e'],
	[/y/g, 'i'],
	[/w/g, 'v'],
	[/x/g, 'h'],
	[/q/g, 'k'],
	[/([a-z])\1+/g, '$1']
];

export function normalise(text: string): string {
	let out = '';
	for (const ch of text.toLowerCase().normalize('NFKD')) {
		if (ch >= '\u0300' && ch <= '\u036f') continue; // combining marks (й → и, ё → е, ü → u)
		out += CYRILLIC[ch] ?? ch;
	}
	for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
	return out.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Query words worth searching for (at most 8, each 2+ characters). */
export function queryTokens(query: string): string[] {
	const all = [...new Set(normalise(query.slice(0, 200)).split(' ').filter((t) => t.length >= 2))];
	// Two-letter words (ne, na, va…) only count when nothing longer was typed.
	const long = all.filter((t) => t.length >= 3);
	return (long.length ? long : all).slice(0, 8);
}
