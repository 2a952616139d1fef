import type { IDataObject } from 'n8n-workflow';

import { imageKey, isEmpty, isObject, sameScalar, tagSet } from './storedValues';

/**
 * Compares the product an upsert would send with the product the store has, the way
 * SHOPLINE stores it, and prepares the update body. Pure: no I/O, so it is tested by table.
 *
 * Only what the input gives is compared (a field left out is left as the store has it).
 * SHOPLINE normalises what it stores, so equal means equal after its normalisation:
 * - prices and weights are rounded to 2 decimals ("9.9" = "9.90" = 9.9); 0 is the same as
 *   none (SHOPLINE's default for both);
 * - tags are a set: order, spaces around commas, repeats and a list vs "a,b" do not matter;
 * - text is compared trimmed; blank, null and missing are the same; true = "true";
 * - the handle is compared in lower case; body_html with whitespace between tags collapsed;
 * - images in order, by src (scheme and host case aside), alt only when given;
 * - variants are matched to the store's by SKU, else by option values (their order does not
 *   matter); an input variant without a match is added, a store variant without one removed.
 * Stock (inventory_quantity) and the store's own fields (id, position, inventory_item_id,
 * dates) are not compared: stock is set through the inventory levels.
 */

export interface UpdatePlan {
	/** What differs, e.g. "title", "variants[SKU-1].price", "variants: 1 added"; empty when nothing does. */
	differences: string[];
	/** The PUT body's product: the input with the store's IDs on the matched variants and images. */
	product: IDataObject;
}

/** Fields the store owns or that other endpoints change; never a reason to write. */
const PRODUCT_IGNORED = new Set(['id', 'created_at', 'updated_at', 'published_at', 'admin_graphql_api_id']);
const VARIANT_IGNORED = new Set([
	'id',
	'product_id',
	'position',
	'inventory_item_id',
	'inventory_quantity',
	'old_inventory_quantity',
	'created_at',
	'updated_at',
	'title',
]);
const OPTION_KEYS = ['option1', 'option2', 'option3', 'option4', 'option5'] as const;

/** Compares `wanted` with `stored` for the keys `wanted` has (objects) or in full (lists), noting differences under `path`. */
function compareValue(path: string, key: string, wanted: unknown, stored: unknown, out: string[]): void {
	if (key === 'tags') {
		if (tagSet(wanted).join('\n') !== tagSet(stored).join('\n')) out.push(path);
		return;
	}
	if (isObject(wanted)) {
		if (!isObject(stored)) {
			if (Object.values(wanted).some((value) => !isEmpty(value))) out.push(path);
			return;
		}
		for (const [name, value] of Object.entries(wanted)) compareValue(`${path}.${name}`, name, value, stored[name], out);
		return;
	}
	if (Array.isArray(wanted)) {
		const list = Array.isArray(stored) ? stored : [];
		if (wanted.length !== list.length) {
			out.push(path);
			return;
		}
		wanted.forEach((entry, index) => compareValue(`${path}[${index}]`, key, entry, list[index], out));
		return;
	}
	if (!sameScalar(key, wanted, stored)) out.push(path);
}

/** The option values of a variant, blank ones as "". */
const optionValues = (variant: IDataObject) => OPTION_KEYS.map((key) => (isEmpty(variant[key]) ? '' : String(variant[key]).trim()));
const skuOf = (variant: IDataObject) => (isEmpty(variant.sku) ? undefined : String(variant.sku).trim());

/**
 * Pairs each input variant with a store variant: first by ID (JSON input may carry one),
 * then by SKU, then by option values among those left; -1 when none matches.
 */
export function matchVariants(wanted: IDataObject[], stored: IDataObject[]): number[] {
	const taken = new Set<number>();
	const matches = wanted.map(() => -1);
	const claim = (index: number, test: (candidate: IDataObject) => boolean) => {
		const found = stored.findIndex((candidate, at) => !taken.has(at) && test(candidate));
		if (found >= 0) {
			taken.add(found);
			matches[index] = found;
		}
	};
	wanted.forEach((variant, index) => {
		if (!isEmpty(variant.id)) claim(index, (candidate) => String(candidate.id) === String(variant.id));
	});
	wanted.forEach((variant, index) => {
		const sku = skuOf(variant);
		if (matches[index] < 0 && sku !== undefined) claim(index, (candidate) => skuOf(candidate) === sku);
	});
	wanted.forEach((variant, index) => {
		if (matches[index] >= 0) return;
		const values = optionValues(variant).join('\n');
		if (values.trim() === '' && (wanted.length !== 1 || stored.length !== 1)) return;
		claim(index, (candidate) => values.trim() === '' || optionValues(candidate).join('\n') === values);
	});
	return matches;
}

/** How a variant is named in a difference: its SKU, else its option values, else its position. */
function variantName(variant: IDataObject, index: number): string {
	return skuOf(variant) ?? (optionValues(variant).filter(Boolean).join('/') || String(index + 1));
}

function compareVariants(wanted: IDataObject[], product: IDataObject, out: string[]): IDataObject[] {
	const stored = (Array.isArray(product.variants) ? product.variants : []) as IDataObject[];
	const images = (Array.isArray(product.images) ? product.images : []) as IDataObject[];
	const matches = matchVariants(wanted, stored);
	const body = wanted.map((variant, index) => {
		const match = matches[index];
		if (match < 0) return variant;
		const existing = stored[match];
		const name = `variants[${variantName(variant, index)}]`;
		for (const [key, value] of Object.entries(variant)) {
			if (VARIANT_IGNORED.has(key)) continue;
			if (key === 'image') {
				const src = isObject(value) ? value.src : value;
				const storedImage = isObject(existing.image) ? existing.image : images.find((image) => !isEmpty(existing.image_id) && String(image.id) === String(existing.image_id));
				if (imageKey(src) !== imageKey(storedImage?.src)) out.push(`${name}.image`);
				continue;
			}
			compareValue(`${name}.${key}`, key, value, existing[key], out);
		}
		return { ...variant, id: existing.id };
	});
	const added = matches.filter((match) => match < 0).length;
	const removed = stored.length - matches.filter((match) => match >= 0).length;
	if (added > 0) out.push(`variants: ${added} added`);
	if (removed > 0) out.push(`variants: ${removed} removed`);
	return body;
}

function compareImages(wanted: unknown[], product: IDataObject, out: string[]): unknown[] {
	const stored = (Array.isArray(product.images) ? product.images : []) as IDataObject[];
	const keys = stored.map((image) => imageKey(image.src));
	if (wanted.length !== stored.length) out.push(`images: ${wanted.length} instead of ${stored.length}`);
	return wanted.map((image, index) => {
		const entry: IDataObject = isObject(image) ? image : { src: image as string };
		const at = keys.indexOf(imageKey(entry.src));
		if (at !== index && wanted.length === stored.length) out.push(`images[${index}].src`);
		if (at >= 0 && entry.alt !== undefined && !sameScalar('alt', entry.alt, stored[at].alt)) out.push(`images[${index}].alt`);
		return at >= 0 && isEmpty(entry.id) ? { ...entry, id: stored[at].id } : entry;
	});
}

/** What differs between the product to send and the store's, and the update body that carries the store's IDs. */
export function planProductUpdate(wanted: IDataObject, stored: IDataObject): UpdatePlan {
	const differences: string[] = [];
	const product: IDataObject = { ...wanted };
	for (const [key, value] of Object.entries(wanted)) {
		if (PRODUCT_IGNORED.has(key)) continue;
		if (key === 'variants' && Array.isArray(value)) {
			product.variants = compareVariants(value.filter(isObject), stored, differences);
		} else if (key === 'images' && Array.isArray(value)) {
			product.images = compareImages(value, stored, differences);
		} else if (key === 'options' && Array.isArray(value)) {
			const options = Array.isArray(stored.options) ? (stored.options as IDataObject[]) : [];
			if (value.length !== options.length) differences.push('options');
			else value.forEach((option, index) => compareValue(`options[${index}]`, 'options', isObject(option) ? { name: option.name, values: option.values ?? [] } : option, options[index], differences));
		} else {
			compareValue(key, key, value, stored[key], differences);
		}
	}
	return { differences, product };
}
