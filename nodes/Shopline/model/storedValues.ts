import type { IDataObject } from 'n8n-workflow';

/**
 * A product's values as SHOPLINE stores them, for telling whether a write would change
 * anything (productDiff.ts). Pure.
 */

const DECIMAL_KEYS = new Set(['price', 'compare_at_price', 'cost_price', 'weight']);

export const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A non-negative decimal rounded half up to 2 places, as text; undefined when not a decimal. */
export function roundDecimal(value: unknown): string | undefined {
	const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : undefined;
	const match = text === undefined ? null : /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
	if (!match || (match[2] === '' && (match[3] ?? '') === '')) return undefined;
	const [, sign, whole, fraction = ''] = match;
	let cents = BigInt(`${whole || '0'}${fraction.padEnd(2, '0').slice(0, 2)}`);
	if (Number(fraction[2] ?? '0') >= 5) cents += 1n;
	const digits = cents.toString().padStart(3, '0');
	const rounded = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
	return sign && cents !== 0n ? `-${rounded}` : rounded;
}

/** The tags as a sorted set, from "a, b" or ["a", "b"]. */
export function tagSet(value: unknown): string[] {
	const list = Array.isArray(value) ? value.map(String) : isEmpty(value) ? [] : String(value).split(',');
	return [...new Set(list.map((tag) => tag.trim()).filter(Boolean))].sort();
}

function html(value: unknown): string {
	return isEmpty(value)
		? ''
		: String(value)
				.replace(/<(br|hr|img)(\s[^>]*?)?\s*\/?>/gi, (_, tag: string, rest = '') => `<${tag.toLowerCase()}${rest}>`)
				.replace(/>\s+</g, '><')
				.replace(/\s+/g, ' ')
				.trim();
}

/** An image address without scheme, with the host in lower case: http/https and // are the same image. */
export function imageKey(src: unknown): string {
	if (isEmpty(src)) return '';
	const text = String(src).trim().replace(/^(https?:)?\/\//i, '');
	const slash = text.indexOf('/');
	return slash < 0 ? text.toLowerCase() : text.slice(0, slash).toLowerCase() + text.slice(slash);
}

/** Are two scalar values the same once SHOPLINE has stored them? */
export function sameScalar(key: string, wanted: unknown, stored: unknown): boolean {
	if (DECIMAL_KEYS.has(key)) {
		// SHOPLINE keeps 2 decimals and stores a price or weight left out as 0.
		const decimal = (value: unknown) => (isEmpty(value) ? '' : (roundDecimal(value) ?? String(value).trim()));
		const zeroAsEmpty = (value: string) => (value === '0.00' ? '' : value);
		return zeroAsEmpty(decimal(wanted)) === zeroAsEmpty(decimal(stored));
	}
	if (isEmpty(wanted) || isEmpty(stored)) return isEmpty(wanted) && isEmpty(stored);
	if (typeof wanted === 'boolean' || typeof stored === 'boolean') return String(wanted).trim().toLowerCase() === String(stored).trim().toLowerCase();
	if (typeof wanted === 'number' || typeof stored === 'number') return Number(wanted) === Number(stored);
	if (key === 'handle') return String(wanted).trim().toLowerCase() === String(stored).trim().toLowerCase();
	if (key === 'body_html') return html(wanted) === html(stored);
	return String(wanted).trim() === String(stored).trim();
}
