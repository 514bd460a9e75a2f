/**
 * The small markdown subset used by editors: paragraphs (blank line), "- " bullet lists, **bold** and
 * [label](url) links. Parsed into a tree that components render as elements, so editor text can never
 * become HTML (no sanitiser needed: there is no HTML path at all).
 */
export type Inline = { t: 'text'; v: string } | { t: 'b'; v: string } | { t: 'a'; v: string; href: string; external: boolean };
export type Block = { t: 'p'; c: Inline[] } | { t: 'ul'; items: Inline[][] };

const INLINE = /\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

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
		if (match[1]) out.push({ t: 'b', v: match[1] });
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
		const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
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
		.replace(/^[-*•]\s+/gm, '• ')
		.replace(/\s*\n\s*\n\s*/g, '\n\n');
}
