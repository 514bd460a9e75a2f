/**
 * Script-neutral form of text for search: Cyrillic (Russian and Kyrgyz letters) is transliterated to a
 * canonical Latin spelling, and common Latin spellings of Cyrillic sounds are folded the same way, so
 * "регистрация", "registratsiya" and "registraciya" all become "registraciia".
 */
const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'j',
	з: 'z',
	и: 'i',
	й: 'i',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'h',
	ц: 'c',
	ч: 'ch',
	ш: 'sh',
	щ: 'sh',
	ъ: '',
	ы: 'i',
	ь: '',
	э: 'e',
	ю: 'iu',
	я: 'ia',
	ү: 'u',
	ө: 'o',
	ң: 'n',
	і: 'i',
	қ: 'k',
	ғ: 'g',
	ұ: 'u',
	ә: 'a',
	һ: 'h'
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
	const all = [
		...new Set(
			normalise(query.slice(0, 200))
				.split(' ')
				.filter((t) => t.length >= 2)
		)
	];
	// Two-letter words (ne, na, va…) only count when nothing longer was typed.
	const long = all.filter((t) => t.length >= 3);
	return (long.length ? long : all).slice(0, 8);
}

/**
 * Whether a known word is within typing distance of a query word: one edit (insert, delete, replace or
 * swap of neighbours) for words of 4–7 letters, two from 8; shorter words must match exactly, and the
 * first letter must agree (people rarely mistype it, and it keeps "pasport" away from "raport").
 */
export function withinTypos(query: string, word: string): boolean {
	if (query.length < 4 || word[0] !== query[0]) return false;
	const max = query.length >= 8 ? 2 : 1;
	if (Math.abs(query.length - word.length) > max) return false;
	return editDistance(query, word) <= max;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}
