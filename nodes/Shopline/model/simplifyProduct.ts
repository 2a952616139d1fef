import type { IDataObject } from 'n8n-workflow';

/**
 * Product → Get and Get Many's Simplify: the fields an AI Agent or a person needs to know a
 * product, missing ones null. Prices stay SHOPLINE's text.
 */

/** What Simplify asks SHOPLINE for when Options → Fields is empty: what simplifyProduct reads. */
export const SIMPLE_PRODUCT_FIELDS = 'id,title,handle,status,vendor,tags,variants,image,images,updated_at';

const record = (value: unknown): IDataObject => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {});

function text(value: unknown): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** "a, b," or ["a", "b"] → ["a", "b"]. */
function tagList(tags: unknown): string[] {
	const parts = Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(',') : [];
	return parts.flatMap((tag) => text(tag) ?? []);
}

/** One product simplified; its keys, in this order, are those the README lists. `admin` is the store's admin address. */
export function simplifyProduct(product: IDataObject, admin: string | undefined): IDataObject {
	const id = text(product.id);
	const variants = Array.isArray(product.variants) ? product.variants.map(record) : undefined;
	const prices = (variants ?? []).flatMap((variant) => text(variant.price) ?? []).filter((price) => Number.isFinite(Number(price)));
	prices.sort((a, b) => Number(a) - Number(b));
	const stock = (variants ?? []).flatMap((variant) => (typeof variant.inventory_quantity === 'number' && Number.isFinite(variant.inventory_quantity) ? [variant.inventory_quantity] : []));
	const images = Array.isArray(product.images) ? product.images : [];
	return {
		id,
		title: text(product.title),
		handle: text(product.handle),
		status: text(product.status),
		vendor: text(product.vendor),
		tags: tagList(product.tags),
		price_min: prices[0] ?? null,
		price_max: prices[prices.length - 1] ?? null,
		total_inventory: stock.length ? stock.reduce((sum, quantity) => sum + quantity, 0) : null,
		variant_count: variants ? variants.length : null,
		image: text(record(product.image).src) ?? text(record(images[0]).src),
		updated_at: text(product.updated_at),
		admin_url: admin && id ? `${admin}products/${id}` : null,
	};
}
