/**
 * The small markdown subset used by editors: paragraphs (blank line), "- " bullet lists, **bold**,
 * [label](url) links and [words]{lang=de} for a passage in another language (Pandoc's bracketed span;
 * rendered with its `lang`, WCAG 3.1.2). Parsed into a tree that components render as elements, so editor text can never
 * become HTML (no sanitiser needed: there is no HTML path at all).
 */
export type Inline =
	| { t: 'text'; v: string }
	| { t: 'b'; v: string; c?: Inline[] }
	| { t: 'a'; v: string; href: string; external: boolean }
	| { t: 'lang'; v: string; lang: string };
export type Block = { t: 'p'; c: Inline[] } | { t: 'ul'; items: Inline[][] };

const LANG_SPAN = /\[[^\]]+\]\{lang=[^}]+\}/;
const INLINE = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)|\[([^\]]+)\]\{lang=([a-z]{2,3}(?:-[A-Za-z]{2,8})?)\}/g;

function safeHref(url: string, lang: string): { href: string; external: boolean } | null {
	if (/^https?:\/\/[^\s]+$/i.test(url)) return { href: url, external: true };
	if (/^\/[A-Za-z0-9/_?=&#.-]*$/.test(url) && !url.startsWith('//')) {
		return { href: /^\/(ky|ru|en)(\/|$)/.test(url) ? url : `/${lang}${url === '/' ? '' : url}`, external: false };
	}
	return null;
}

export function parseInline(text: string, lang: string): Inline[] {
	const out: Inline[] = [];
	let last = 0;
	for (const match of text.matchAll(INLINE)) {
		if (match.index! > last) out.push({ t: 'text', v: text.slice(last, match.index) });
		if (match[1]) out.push(LANG_SPAN.test(match[1]) ? { t: 'b', v: match[1], c: parseInline(match[1], lang) } : { t: 'b', v: match[1] });
		else if (match[4]) out.push({ t: 'lang', v: match[4], lang: match[5] });
		else {
			const link = safeHref(match[3], lang);
			out.push(link ? { t: 'a', v: match[2], ...link } : { t: 'text', v: match[2] });
		}
		last = match.index! + match[0].length;
	}
	if (last < text.length) out.push({ t: 'text', v: text.slice(last) });
	return out;
}

export function parseMarkdown(source: string, lang: string): Block[] {
	const blocks: Block[] = [];
	for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
		const lines = chunk
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		if (!lines.length) continue;
		let para: string[] = [];
		let items: Inline[][] = [];
		const flushPara = () => {
			if (para.length) blocks.push({ t: 'p', c: parseInline(para.join(' '), lang) });
			para = [];
		};
		const flushList = () => {
			if (items.length) blocks.push({ t: 'ul', items });
			items = [];
		};
		for (const line of lines) {
			if (/^[-*•]\s+/.test(line)) {
				flushPara();
				items.push(parseInline(line.replace(/^[-*•]\s+/, ''), lang));
			} else {
				flushList();
				para.push(line);
			}
		}
		flushPara();
		flushList();
	}
	return blocks;
}

/** Plain text of a markdown string (for search, snippets and PDF). */
export function markdownToText(source: string): string {
	return source
		.replace(/\*\*([^*]+)\*\*/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
		.replace(/\[([^\]]+)\]\{lang=[^}]+\}/g, '$1')
		.replace(/^[-*•]\s+/gm, '• ')
		.replace(/\s*\n\s*\n\s*/g, '\n\n');
}
