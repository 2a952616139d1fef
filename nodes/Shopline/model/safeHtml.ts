import { DROPPED_WITH_CONTENT, ELEMENTS, IMPLIED_END, MAX_ATTRIBUTES, RAW_TEXT, VOID, safeAttributes } from './safeHtmlRules';
import { cutText, wellFormed } from './text';

/**
 * The description sanitiser. n8n's verification allows community nodes no runtime
 * dependency, so no sanitising library can ship with them (sanitize-html needs htmlparser2
 * and more, DOMPurify a DOM); this is a strict allow-list instead. It reads the HTML the way
 * a browser's tokenizer does and writes a new document from what it may keep: allowed
 * elements with allowed attributes whose values pass their check (safeHtmlRules), text with
 * its angle brackets and bare ampersands escaped. Script, style, iframe, object, embed, svg
 * and their like go with their content; comments, doctypes, event handlers, ids and classes
 * go; links and images keep only http(s) addresses. Since nothing is copied through
 * unparsed, what the browser reads is what was checked.
 */

/** Longest description sent, in characters. */
export const MAX_HTML = 262_144;

/** Most elements open at once; deeper ones are dropped, their text kept. */
export const MAX_DEPTH = 64;

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';
const isLetter = (char: string | undefined) => char !== undefined && /^[a-z]$/i.test(char);

/** Text: character references kept as written, bare "&", "<" and ">" escaped, NUL dropped, lone surrogates replaced. */
const escapeText = (text: string) =>
	wellFormed(text)
		.replace(/\0/g, '').replace(/&(?!#\d{1,8};|#x[0-9a-f]{1,7};|[a-z][a-z0-9]{1,31};)|[<>]/gi, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));

/** The document being written: elements open, and the room left once they are all closed. */
class Output {
	private html = '';
	private readonly open: string[] = [];
	/** Length of the closing tags still owed. */
	private owed = 0;
	/** Start tags dropped (too deep, or no good href) whose closing tags must not close another element. */
	private readonly dropped = new Map<string, number>();
	full = false;

	constructor(private readonly max: number) {}

	text(raw: string): void {
		const escaped = escapeText(raw);
		const room = this.max - this.html.length - this.owed;
		if (escaped.length <= room) {
			this.html += escaped;
			return;
		}
		// Cut between two characters, and not inside a character reference.
		this.html += cutText(escaped, room).replace(/&[#a-z0-9]*$/i, '');
		this.full = true;
	}

	start(name: string, attributes: Array<[string, string]>): void {
		const kept = safeAttributes(name, attributes);
		const closing = VOID.has(name) ? 0 : name.length + 3;
		if (kept === undefined || (closing > 0 && this.open.length >= MAX_DEPTH)) {
			if (closing > 0) this.dropped.set(name, (this.dropped.get(name) ?? 0) + 1);
			return;
		}
		// A new cell closes the open one, a new item the open item, a block an open paragraph, as browsers do.
		while (this.open.length > 0 && IMPLIED_END[name]?.has(this.open[this.open.length - 1])) this.closeTop();
		const tag = `<${name}${kept}>`;
		if (this.html.length + tag.length + this.owed + closing > this.max) {
			this.full = true;
			return;
		}
		this.html += tag;
		if (closing > 0) {
			this.open.push(name);
			this.owed += closing;
		}
	}

	/** Closes `name` and what is open inside it; a closing tag with nothing to close is dropped. */
	end(name: string): void {
		const dropped = this.dropped.get(name) ?? 0;
		if (dropped > 0) return void this.dropped.set(name, dropped - 1);
		const at = this.open.lastIndexOf(name);
		while (at >= 0 && this.open.length > at) this.closeTop();
	}

	private closeTop(): void {
		const closed = this.open.pop()!;
		this.html += `</${closed}>`;
		this.owed -= closed.length + 3;
	}

	finish(): string {
		if (this.open.length > 0) this.end(this.open[0]);
		return this.html;
	}
}

/** The tag name at `at`, lower case, and where it ends. */
function nameAt(html: string, at: number): { name: string; after: number } {
	let end = at;
	while (end < html.length && !isSpace(html[end]) && html[end] !== '/' && html[end] !== '>') end++;
	return { name: html.slice(at, end).toLowerCase(), after: end };
}

/** The attributes of a tag from `at` (just after its name) and where the tag ends; undefined when the input ends first. */
function attributesAt(html: string, at: number): { attributes: Array<[string, string]>; end: number } | undefined {
	const attributes: Array<[string, string]> = [];
	let p = at;
	for (;;) {
		while (p < html.length && (isSpace(html[p]) || html[p] === '/')) p++;
		if (p >= html.length) return undefined;
		if (html[p] === '>') return { attributes, end: p + 1 };
		const nameStart = p++;
		while (p < html.length && !isSpace(html[p]) && html[p] !== '/' && html[p] !== '>' && html[p] !== '=') p++;
		const name = html.slice(nameStart, p).toLowerCase();
		while (p < html.length && isSpace(html[p])) p++;
		let value = '';
		if (html[p] === '=') {
			p++;
			while (p < html.length && isSpace(html[p])) p++;
			const quote = html[p];
			if (quote === '"' || quote === "'") {
				const close = html.indexOf(quote, p + 1);
				if (close < 0) return undefined;
				value = html.slice(p + 1, close);
				p = close + 1;
			} else {
				const start = p;
				while (p < html.length && !isSpace(html[p]) && html[p] !== '>') p++;
				value = html.slice(start, p);
			}
		}
		if (attributes.length < MAX_ATTRIBUTES) attributes.push([name, value]);
	}
}

/** Where the closing tag found by `pattern` from `from` ends; the end of the input when there is none. */
function pastClosing(html: string, pattern: RegExp, from: number, depth = 1): number {
	pattern.lastIndex = from;
	for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
		depth += match[1] === '/' ? -1 : 1;
		if (depth === 0) return attributesAt(html, match.index + match[0].length - 1)?.end ?? html.length;
	}
	return html.length;
}

/** Reads the markup at `at` (a "<"), writes what may stay, and returns where reading goes on. */
function markup(html: string, at: number, out: Output): number {
	const next = html[at + 1];
	if (html.startsWith('<!--', at)) {
		// "<!-->" and "<!--->" are whole comments; any other ends at "-->" or "--!>".
		if (html.startsWith('<!-->', at)) return at + 5;
		if (html.startsWith('<!--->', at)) return at + 6;
		const close = /--!?>/g;
		close.lastIndex = at + 4;
		const end = close.exec(html);
		return end ? end.index + end[0].length : html.length;
	}
	if (next === '!' || next === '?' || (next === '/' && !isLetter(html[at + 2]))) {
		// A doctype, CDATA, processing instruction or "</>": a bogus comment up to the next ">".
		const end = html.indexOf('>', at + 1);
		return end < 0 ? html.length : end + 1;
	}
	if (next === '/') {
		const { name, after } = nameAt(html, at + 2);
		const tag = attributesAt(html, after);
		if (tag) out.end(name);
		return tag?.end ?? html.length;
	}
	if (!isLetter(next)) {
		out.text('<');
		return at + 1;
	}
	const { name, after } = nameAt(html, at + 1);
	const tag = attributesAt(html, after);
	if (!tag || name === 'plaintext') return html.length;
	// The closing tag's own "/" is captured, so that an opening one counts one deeper.
	if (RAW_TEXT.has(name)) return pastClosing(html, new RegExp(`<(/)${name}[\\t\\n\\f\\r />]`, 'gi'), tag.end);
	if (DROPPED_WITH_CONTENT.has(name)) return pastClosing(html, new RegExp(`<(/?)${name}[\\t\\n\\f\\r />]`, 'gi'), tag.end);
	if (ELEMENTS[name]) out.start(name, tag.attributes);
	return tag.end;
}

/** The HTML of a product description made safe for a storefront, at most `maxLength` characters. */
export function safeHtml(html: string, maxLength = MAX_HTML): string {
	const out = new Output(maxLength);
	let at = 0;
	while (at < html.length && !out.full) {
		const lt = html.indexOf('<', at);
		const end = lt < 0 ? html.length : lt;
		if (end > at) out.text(html.slice(at, end));
		at = lt < 0 ? html.length : markup(html, lt, out);
	}
	return out.finish();
}
