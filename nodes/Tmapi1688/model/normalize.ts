import type { IDataObject } from 'n8n-workflow';

/** Keys whose string values hold links (img, main_imgs, imageUrl, product_url, video_url…). */
const LINK_KEY = /img|image|url|pic|video|photo/i;

/**
 * Repairs the link spellings TMAPI returns: "https:////cbu01…" (extra slashes) and
 * protocol-relative "//cbu01…" become "https://cbu01…". Anything else is left alone.
 */
export function repairUrl(value: string): string {
	const extraSlashes = /^(https?):\/{3,}/i.exec(value);
	if (extraSlashes) return `${extraSlashes[1].toLowerCase()}://${value.slice(extraSlashes[0].length)}`;
	if (/^\/\/[^/]/.test(value)) return `https:${value}`;
	return value;
}

/** Repairs link strings in place: the objects are fresh from the answer and ours to change. */
function repairLinksInPlace(value: unknown, linkContext: boolean): unknown {
	if (typeof value === 'string') return linkContext ? repairUrl(value) : value;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) value[i] = repairLinksInPlace(value[i], linkContext);
		return value;
	}
	if (value !== null && typeof value === 'object') {
		const record = value as IDataObject;
		for (const key of Object.keys(record)) {
			const entry = record[key];
			if (entry !== null && (typeof entry === 'object' || typeof entry === 'string')) {
				record[key] = repairLinksInPlace(entry, LINK_KEY.test(key)) as IDataObject[keyof IDataObject];
			}
		}
	}
	return value;
}

/**
 * Makes one product consistent whichever endpoint it came from: `item_id` always a
 * string (a number in category v2 and item detail, a string in shop lists) and every
 * image or page link a well-formed https URL. Changes the product in place and returns it.
 */
export function normalizeProduct(product: IDataObject): IDataObject {
	repairLinksInPlace(product, false);
	if (typeof product.item_id === 'number') product.item_id = String(product.item_id);
	return product;
}

/** Turns total_count (a number or a numeric string) into a number. */
export function normalizeMeta(meta: IDataObject): IDataObject {
	const result = { ...meta };
	for (const key of ['total_count', 'page', 'page_size']) {
		const value = result[key];
		if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) result[key] = Number(value);
	}
	return result;
}

/** The image addresses of a description's HTML (the src of its img tags), in order, without repeats. */
export function imagesInHtml(html: unknown): string[] {
	if (typeof html !== 'string') return [];
	const found: string[] = [];
	for (const match of html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(["'])(.*?)\1/gi)) {
		const src = match[2].trim();
		if (src && !found.includes(src)) found.push(src);
	}
	return found;
}

/**
 * Makes a product description (GET /1688/item_desc) consistent: `item_id` a string, image
 * links repaired, and `detail_imgs` present — taken from the img tags of `detail_html` when
 * the answer has no list of its own. Changes the description in place and returns it.
 */
export function normalizeDescription(description: IDataObject): IDataObject {
	if (!Array.isArray(description.detail_imgs)) description.detail_imgs = imagesInHtml(description.detail_html);
	return normalizeProduct(description);
}

/** Makes one record of a TMAPI answer consistent: the given ID fields become strings, links are repaired. */
export function normalizeRecord(record: IDataObject, idKeys: readonly string[]): IDataObject {
	repairLinksInPlace(record, false);
	for (const key of idKeys) {
		if (typeof record[key] === 'number') record[key] = String(record[key]);
	}
	return record;
}

/** Makes a shop consistent: ID numbers (seller_id, company_id) as strings, links and logos repaired. Changes it in place. */
export function normalizeShop(shop: IDataObject): IDataObject {
	for (const key of Object.keys(shop)) {
		const value = shop[key];
		if (/logo/i.test(key) && typeof value === 'string') shop[key] = repairUrl(value);
	}
	return normalizeRecord(shop, ['seller_id', 'company_id', 'user_id']);
}
