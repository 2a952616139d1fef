import type { IDataObject } from 'n8n-workflow';

import type { VariantStock } from '../../../model/from1688';
import type { ShoplineClient } from '../../../api/client';
import { fetchCursorPages } from '../../../api/pagination';

/** SHOPLINE lists levels of at most 50 inventory items per request. */
const LEVEL_BATCH = 50;

export interface StockResult {
	location_id: string;
	/** Variants whose available quantity was set. */
	set: number;
	/** Variants that already had the quantity. */
	unchanged: number;
	/** SKUs the store's product has no variant for (nothing set for them). */
	missing: string[];
}

/** The product's variants with a SKU, each with its inventory item. */
export function inventoryItemsBySku(product: IDataObject): Map<string, string> {
	const variants = (Array.isArray(product.variants) ? product.variants : []) as IDataObject[];
	return new Map(variants.filter((variant) => variant.sku !== undefined && variant.sku !== null).map((variant) => [String(variant.sku), String(variant.inventory_item_id ?? '')]));
}

/**
 * Sets each variant's available quantity at the location to the one given for its SKU,
 * only where the store has another: levels are read first (50 inventory items a request),
 * except for a product just created, whose levels are all 0.
 */
export async function setStock(client: ShoplineClient, product: IDataObject, stock: VariantStock[], locationId: string, created: boolean, itemIndex: number): Promise<StockResult> {
	const itemOf = inventoryItemsBySku(product);
	const wanted = stock.filter((entry) => itemOf.get(entry.sku));
	const current = new Map<string, number>();
	if (!created) {
		for (let start = 0; start < wanted.length; start += LEVEL_BATCH) {
			const ids = wanted.slice(start, start + LEVEL_BATCH).map((entry) => itemOf.get(entry.sku)!);
			const levels = await fetchCursorPages(client, {
				path: 'inventory_levels.json',
				listKey: 'inventory_levels',
				filters: { inventory_item_ids: ids.join(','), location_ids: locationId },
				pageSize: 250,
				maxPages: 10,
				itemIndex,
			});
			for (const level of levels) if (String(level.location_id) === locationId) current.set(String(level.inventory_item_id), Number(level.available ?? 0));
		}
	}
	let set = 0;
	for (const entry of wanted) {
		const inventoryItemId = itemOf.get(entry.sku)!;
		if ((current.get(inventoryItemId) ?? 0) === entry.available) continue;
		await client.request({ method: 'POST', path: 'inventory_levels/set.json', body: { inventory_item_id: inventoryItemId, location_id: locationId, available: entry.available }, itemIndex });
		set += 1;
	}
	return { location_id: locationId, set, unchanged: wanted.length - set, missing: stock.filter((entry) => !itemOf.get(entry.sku)).map((entry) => entry.sku) };
}
