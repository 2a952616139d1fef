import { cutText } from './text';
import { webUrl } from './webUrl';

/**
 * What a product description may keep: the elements, their attributes and the CSS
 * properties of the allow-list, and how each value is checked. Everything else goes.
 */

type Kind = 'url' | 'text' | 'length' | 'int' | 'align' | 'valign' | 'color' | 'style';

const COMMON: Record<string, Kind> = { style: 'style', title: 'text', align: 'align' };
const CELL: Record<string, Kind> = { width: 'length', height: 'length', valign: 'valign', bgcolor: 'color' };

/** Allowed elements and their attributes (besides style, title and align). */
export const ELEMENTS: Record<string, Record<string, Kind>> = {
	...Object.fromEntries(
		['p', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup', 'small', 'big', 'center', 'blockquote', 'pre', 'code']
			.concat(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'li', 'dl', 'dt', 'dd', 'caption', 'thead', 'tbody', 'tfoot', 'figure', 'figcaption', 'section', 'article', 'br', 'hr', 'wbr'])
			.map((name) => [name, {}]),
	),
	a: { href: 'url' },
	img: { src: 'url', alt: 'text', width: 'length', height: 'length', border: 'int' },
	font: { color: 'color', size: 'int' },
	ol: { start: 'int' },
	table: { width: 'length', height: 'length', border: 'int', cellpadding: 'int', cellspacing: 'int', bgcolor: 'color' },
	tr: CELL,
	td: { ...CELL, colspan: 'int', rowspan: 'int' },
	th: { ...CELL, colspan: 'int', rowspan: 'int' },
	colgroup: { width: 'length', span: 'int' },
	col: { width: 'length', span: 'int' },
};

const BLOCKS = ['p', 'div', 'table', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'figure', 'section', 'article', 'center'];

/** Which open element (at the top) an opening tag closes first, as a browser does. */
export const IMPLIED_END: Record<string, Set<string>> = {
	...Object.fromEntries(BLOCKS.map((name) => [name, new Set(['p'])])),
	li: new Set(['li']),
	dt: new Set(['dt', 'dd']),
	dd: new Set(['dt', 'dd']),
	td: new Set(['td', 'th']),
	th: new Set(['td', 'th']),
	tr: new Set(['td', 'th', 'tr']),
};

/** Elements with no content and no closing tag. */
export const VOID = new Set(['br', 'hr', 'wbr', 'img', 'col', 'area', 'base', 'embed', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track']);

/** Elements whose content a browser reads as raw text up to their closing tag: dropped with it. */
export const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/** Elements dropped with everything inside them, nested ones counted. */
export const DROPPED_WITH_CONTENT = new Set(['object', 'applet', 'svg', 'math', 'template', 'frameset', 'select']);

/** Layout and text properties; nothing that positions over the page (position, z-index) or loads anything. */
const CSS = new Set(
	[
		'color background-color font-size font-weight font-style text-align text-decoration text-indent line-height letter-spacing vertical-align white-space word-break',
		'width height max-width min-width max-height min-height float clear list-style-type border-collapse border-spacing',
		'margin margin-top margin-right margin-bottom margin-left padding padding-top padding-right padding-bottom padding-left',
		'border border-top border-right border-bottom border-left border-width border-style border-color border-radius',
	]
		.join(' ')
		.split(' '),
);

/** Longest text kept in an attribute (alt, title) and longest style. */
const MAX_ATTRIBUTE_TEXT = 300;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', tab: '\t', newline: '\n', colon: ':', sol: '/', bsol: '\\', lpar: '(', rpar: ')', semi: ';', comma: ',', period: '.', excl: '!', num: '#', percnt: '%', equals: '=', grave: '`' };

const codePoint = (code: number) => (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code));

/**
 * An attribute value as a browser reads it: character references decoded (decimal and hex
 * with or without ";", and the named ones an attacker uses to hide a scheme). A name not
 * known here stays as written and is escaped on output, so the browser sees it as text.
 */
export function decodeAttribute(value: string): string {
	return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+););?/gi, (whole, decimal?: string, hex?: string, name?: string) => {
		// Leading zeros do not count ("&#0000106" is "j"); a longer number is past the last code point.
		if (decimal !== undefined) return codePoint(decimal.replace(/^0+/, '').length > 8 ? Infinity : Number(decimal));
		if (hex !== undefined) return codePoint(hex.replace(/^0+/, '').length > 7 ? Infinity : parseInt(hex, 16));
		return NAMED[name!.toLowerCase()] ?? whole;
	});
}

/** Escapes a value for a double-quoted attribute. */
const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (char) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[char]!);

/** The style's allowed declarations, "name:value;…", or undefined when none is left. */
function safeStyle(style: string): string | undefined {
	const kept: string[] = [];
	for (const declaration of style.split(';')) {
		const colon = declaration.indexOf(':');
		if (colon < 0) continue;
		const name = declaration.slice(0, colon).trim().toLowerCase();
		const value = declaration.slice(colon + 1).trim();
		// Plain words, numbers, units and colours; rgb()/hsl() the only functions (no url(), expression(), escapes or comments).
		const functionsOut = value.replace(/\b(?:rgba?|hsla?)\(\s*[\d.%\s,]+\)/gi, 'f');
		if (CSS.has(name) && value !== '' && /^[a-z0-9#%.,\s-]+$/i.test(functionsOut)) kept.push(`${name}:${value}`);
	}
	const result = kept.join(';');
	return result && result.length <= MAX_ATTRIBUTE_TEXT ? result : undefined;
}

const CHECKS: Record<Exclude<Kind, 'url' | 'text' | 'style'>, RegExp> = {
	length: /^\d{1,5}(?:\.\d{1,2})?(?:px|%)?$/i,
	int: /^\d{1,4}$/,
	align: /^(?:left|right|center|justify)$/i,
	valign: /^(?:top|middle|bottom|baseline)$/i,
	color: /^(?:#[0-9a-f]{3,8}|[a-z]{3,20})$/i,
};

/** The value to keep for an attribute of an allowed element, or undefined to drop it. */
function safeAttribute(element: string, name: string, raw: string): string | undefined {
	const kind = ELEMENTS[element]?.[name] ?? COMMON[name];
	if (kind === undefined) return undefined;
	const value = decodeAttribute(raw);
	if (kind === 'url') return webUrl(value);
	if (kind === 'text') return cutText(value, MAX_ATTRIBUTE_TEXT);
	if (kind === 'style') return safeStyle(value);
	const trimmed = value.trim();
	return CHECKS[kind].test(trimmed) ? trimmed : undefined;
}

/** Most attributes read on one element; the rest are not looked at. */
export const MAX_ATTRIBUTES = 32;

/**
 * The attributes an allowed element keeps, written out (` name="value"`…), or undefined when
 * the element itself goes: an image without a good src, a link without a good href. Of two
 * attributes with one name the first counts, as in a browser. Links get rel="nofollow noopener noreferrer".
 */
export function safeAttributes(element: string, attributes: Array<[string, string]>): string | undefined {
	const kept = new Map<string, string>();
	const seen = new Set<string>();
	for (const [name, raw] of attributes) {
		if (seen.has(name)) continue;
		seen.add(name);
		const value = safeAttribute(element, name, raw);
		if (value !== undefined) kept.set(name, value);
	}
	if (element === 'img' && !kept.has('src')) return undefined;
	if (element === 'a') {
		if (!kept.has('href')) return undefined;
		kept.set('rel', 'nofollow noopener noreferrer');
	}
	return [...kept].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
}
