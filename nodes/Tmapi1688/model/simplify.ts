import type { IDataObject } from 'n8n-workflow';

import { repairUrl } from './normalize';

/**
 * Item → Get Detail's Simplify: the fields an AI Agent or a person needs to judge an offer,
 * read without trusting the answer's shape (missing = null). Prices stay TMAPI's text (CNY).
 */

const record = (value: unknown): IDataObject => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {});

/** Text, or null for nothing (1688 also sends the text "null"). */
function text(value: unknown): string | null {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return null;
	const trimmed = value.trim();
	return trimmed === '' || trimmed === 'null' ? null : trimmed;
}

/** A whole number of 0 or more, from a number or digits ("175"); else null. */
function count(value: unknown): number | null {
	const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null;
}

const link = (value: unknown) => {
	const found = text(value);
	return found === null ? null : repairUrl(found);
};

/** One detail simplified; its keys, in this order, are those the README lists. */
export function simplifyDetail(detail: IDataObject): IDataObject {
	const price = record(detail.price_info);
	const range = record(detail.sku_price_range);
	const shop = record(detail.shop_info);
	const skus = Array.isArray(detail.skus) ? detail.skus.map(record) : [];
	const itemId = text(detail.item_id);
	const priceMin = text(price.price_min) ?? text(price.price) ?? text(price.sale_price);
	return {
		item_id: itemId,
		title: text(detail.title),
		url: link(detail.product_url) ?? (itemId ? `https://detail.1688.com/offer/${itemId}.html` : null),
		price_min: priceMin,
		price_max: text(price.price_max) ?? priceMin,
		currency: text(detail.currency),
		unit: text(detail.offer_unit),
		min_order: count(record(detail.tiered_price_info).begin_num) ?? count(range.begin_num),
		stock_total: count(detail.stock) ?? count(range.stock),
		sale_count: count(detail.sale_count),
		main_image: link(Array.isArray(detail.main_imgs) ? detail.main_imgs[0] : undefined),
		category_id: text(detail.category_id),
		shop_name: text(shop.shop_name),
		shop_url: link(shop.shop_url),
		sku_count: skus.length,
		skus: skus.map((sku) => ({ sku_id: text(sku.skuid), spec_id: text(sku.specid), props: text(sku.props_names), price: text(sku.sale_price) ?? text(sku.price), stock: count(sku.stock) })),
	};
}
