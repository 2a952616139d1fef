/**
 * Text written by strangers (1688 titles, shop names, descriptions), cut to a size without
 * breaking what a reader sees as one character.
 */

/** Intl.Segmenter as far as it is used here (the project's TypeScript lib predates it; Node 20+ has it). */
type Segmenter = new (locale: undefined, options: { granularity: 'grapheme' }) => { segment(text: string): Iterable<{ segment: string }> };
const SegmenterClass = (Intl as unknown as { Segmenter?: Segmenter }).Segmenter;

/** Grapheme clusters; without Intl.Segmenter, code points. */
const graphemes = typeof SegmenterClass === 'function' ? new SegmenterClass(undefined, { granularity: 'grapheme' }) : undefined;

/** A lone half of a surrogate pair: not text, and JSON carries it as an escape. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const REGIONAL_INDICATOR_BEFORE = /\uD83C[\uDDE6-\uDDFF]$/;

/** `value` with each lone surrogate replaced by U+FFFD. */
export const wellFormed = (value: string) => value.replace(LONE_SURROGATE, '\uFFFD');

/**
 * Segmenting takes time that grows faster than the text (V8), so only a window before the cut
 * is segmented. It starts on a whole code point and before any run of flag letters, which pair
 * up from the start of their run; no grapheme of real text is longer than the window.
 */
function windowStart(text: string, max: number): number {
	let start = Math.max(0, max - 256);
	for (;;) {
		if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start -= 1;
		else if (start > 1 && REGIONAL_INDICATOR_BEFORE.test(text.slice(start - 2, start))) start -= 2;
		else return start;
	}
}

/**
 * `value` in at most `max` UTF-16 units (the length SHOPLINE and JavaScript count), cut
 * between two graphemes: never half an emoji, a flag, a joined family or a letter and its
 * accent. Lone surrogates already in the text become U+FFFD.
 */
export function cutText(value: string, max: number): string {
	const whole = wellFormed(value);
	if (whole.length <= max) return whole;
	const start = windowStart(whole, max);
	const window = whole.slice(start, max + 64);
	const pieces = graphemes ? Array.from(graphemes.segment(window), (piece) => piece.segment) : Array.from(window);
	let end = start;
	for (const piece of pieces) {
		if (end + piece.length > max) break;
		end += piece.length;
	}
	return whole.slice(0, end);
}

/** A stranger's value for an error message: at most `max` characters, "…" where cut. */
export function shortValue(value: unknown, max = 40): string {
	if (typeof value === 'string') return JSON.stringify(value.length > max ? `${cutText(value, max)}…` : value);
	if (typeof value === 'number') return String(value);
	const json = JSON.stringify(value ?? null) ?? String(value);
	return json.length > max ? `${cutText(json, max)}…` : json;
}
