import type { IDataObject } from 'n8n-workflow';

import { safeHtml } from './safeHtml';
import { webUrl } from './webUrl';

/**
 * The parts of a TMAPI 1688 item detail, read without trusting their shape: values, SKU
 * properties and the values each SKU has, SKU codes, and the description.
 */

export const record = (value: unknown): IDataObject => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

/** A positive number from 1688's text or number, else undefined (for weights). */
export function positive(value: unknown): number | undefined {
	const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
	return Number.isFinite(number) && number > 0 ? number : undefined;
}

export interface Property {
	pid: string;
	name: string;
	values: Array<{ vid: string; name: string; image: string }>;
}

export function propertiesOf(detail: IDataObject): Property[] {
	return list(detail.sku_props)
		.map(record)
		.map((prop) => ({
			pid: text(prop.pid),
			name: text(prop.prop_name) || text(prop.name),
			values: list(prop.values)
				.map(record)
				.map((value) => ({ vid: text(value.vid), name: text(value.name), image: webUrl(value.imageUrl) ?? webUrl(value.image_url) ?? '' })),
		}))
		.filter((prop) => prop.values.length > 0);
}

/** The value of each property a SKU has: from props_ids ("0:1;1:2"), else from props_names ("Color:Red;Size:L"). */
export function chosenValues(sku: IDataObject, properties: Property[]): Array<{ name: string; image: string } | undefined> {
	const ids = new Map(
		text(sku.props_ids)
			.split(';')
			.filter(Boolean)
			.map((pair) => pair.split(':') as [string, string]),
	);
	const names = new Map(
		text(sku.props_names)
			.split(';')
			.filter(Boolean)
			.map((pair) => {
				const at = pair.indexOf(':');
				return [pair.slice(0, at), pair.slice(at + 1)] as [string, string];
			}),
	);
	return properties.map((prop) => {
		const byId = ids.has(prop.pid) ? prop.values.find((value) => value.vid === ids.get(prop.pid)) : undefined;
		if (byId) return byId;
		const name = names.get(prop.name);
		return name === undefined ? undefined : (prop.values.find((value) => value.name === name) ?? { name, image: '' });
	});
}

const escapeHtml = (value: string) => value.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

/** Whether sanitised HTML shows anything: an image, or text other than spaces. */
const showsSomething = (html: string) => /<img\b/.test(html) || html.replace(/<[^>]*>|&nbsp;|\s/g, '') !== '';

/**
 * The description: the 1688 description HTML sanitised, else (when nothing is left of it)
 * the description images, else the title; the attributes listed under it on request. The
 * whole passes the sanitiser once more, which also bounds its size.
 */
export function description(detail: IDataObject, title: string, attributes: boolean): string {
	const html = safeHtml(text(detail.description_html));
	const images = list(detail.description_images).flatMap((src) => webUrl(src) ?? []);
	const body = showsSomething(html) ? html : images.length ? images.map((src) => `<p><img src="${escapeHtml(src)}"></p>`).join('') : `<p>${escapeHtml(title)}</p>`;
	const rows = attributes
		? list(detail.product_props)
				.map(record)
				.flatMap((prop) => Object.entries(prop).map(([key, value]) => `<li>${escapeHtml(key)}: ${escapeHtml(text(value))}</li>`))
		: [];
	return safeHtml(rows.length ? `${body}<ul>${rows.join('')}</ul>` : body);
}

/**
 * SKU codes made unique within one product: the first SKU with a code keeps it, the next
 * ones get "-2", "-3"… skipping any code another SKU has, so that the same 1688 data gives
 * the same codes on every run (a re-sync finds each variant by its code).
 */
export function uniqueCodes(all: string[]): (code: string) => string {
	const taken = new Set(all);
	const used = new Set<string>();
	return (code) => {
		let unique = code;
		for (let n = 2; used.has(unique) || (unique !== code && taken.has(unique)); n++) unique = `${code}-${n}`;
		used.add(unique);
		return unique;
	};
}
