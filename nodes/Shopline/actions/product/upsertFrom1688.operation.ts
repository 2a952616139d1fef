import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readInput } from '../../../shared/node/input';
import type { RunState } from '../../../shared/node/dispatch';
import { MappingError, productFrom1688, type MappedProduct, type VariantStock } from '../../model/from1688';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';
import { shoplineOptionsField } from '../common/runOptions';
import { rulesFields, rulesOf } from './from1688Rules';
import { oneWriterPerHandle, upsertByHandle } from '../../model/upsertByHandle';

// After Pricing, Variant, Stock and Product Options, a plain "Options" would read as a leftover:
// this group holds only how requests are paced and retried.
const properties: INodeProperties[] = [...rulesFields.properties, { ...shoplineOptionsField().property, displayName: 'Request Options' }];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['upsertFrom1688'] } }, properties);

export const writes = true;

/** SHOPLINE lists levels of at most 50 inventory items per request. */
const LEVEL_BATCH = 50;

/** The item's 1688 detail mapped under the rules; a detail the rules cannot map fails here, before any request. */
export function input(this: IExecuteFunctions, itemIndex: number) {
	const options = readInput(this, itemIndex, properties, rulesFields.schema);
	const detail = this.getInputData()[itemIndex]?.json ?? {};
	let mapped: MappedProduct;
	try {
		mapped = productFrom1688(detail, rulesOf(options));
	} catch (error) {
		if (!(error instanceof MappingError)) throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		throw new NodeOperationError(this.getNode(), `${error.rule}: ${error.message}`, { itemIndex, description: error.advice ?? `Change the "${error.rule}" option, or leave this 1688 item out.` });
	}
	return { mapped, skipUnchanged: options.skipUnchanged, stockLocationId: options.stockLocationId };
}

interface StockResult {
	location_id: string;
	/** Variants whose available quantity was set. */
	set: number;
	/** Variants that already had the quantity. */
	unchanged: number;
	/** SKUs the store's product has no variant for (nothing set for them). */
	missing: string[];
}

/**
 * Sets each variant's available quantity at the location to the one mapped from 1688,
 * only where the store has another: levels are read first (50 inventory items a request),
 * except for a product just created, whose levels are all 0.
 */
async function setStock(client: ShoplineClient, product: IDataObject, stock: VariantStock[], locationId: string, created: boolean, itemIndex: number): Promise<StockResult> {
	const variants = (Array.isArray(product.variants) ? product.variants : []) as IDataObject[];
	const itemOf = new Map(variants.filter((variant) => variant.sku !== undefined).map((variant) => [String(variant.sku), String(variant.inventory_item_id ?? '')]));
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

/**
 * Product → Create or Update from 1688 Item: maps the input 1688 item detail to a SHOPLINE
 * product, creates or updates it by handle (1688-<item id>) — nothing when unchanged —, then
 * sets each variant's stock at the chosen location where it differs.
 */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number, run: RunState): Promise<IDataObject[]> {
	const handle = String(params.mapped.product.handle);
	// The product and its stock: one item of the run at a time per handle (the same offer twice).
	return await oneWriterPerHandle(run.turns, handle, async () => await writeItem.call(this, params, client, itemIndex));
}

/** The item's product, then its stock; the item holds its handle's turn meanwhile. */
async function writeItem(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { mapped } = params;
	const { product, action, changes } = await upsertByHandle(client, mapped.product as IDataObject & { handle: string }, { skipUnchanged: params.skipUnchanged, runSize: this.getInputData().length }, itemIndex);
	let stock: StockResult | undefined;
	try {
		stock = params.stockLocationId ? await setStock(client, product, mapped.stock, params.stockLocationId, action === 'created', itemIndex) : undefined;
	} catch (error) {
		// The product is written; say so, and that running the item again is safe.
		const failure = error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		const done = action === 'unchanged' ? `was already up to date (ID ${String(product.id)})` : `was ${action} (ID ${String(product.id)})`;
		failure.description = `This item's product ${done} before this failure; only its stock may be incomplete. Running the item again is safe: it finds the product by its handle and sets only the levels that differ. ${failure.description ?? ''}`.trim();
		throw failure;
	}
	return [{ ...product, action, ...(changes ? { changes } : {}), source_1688: mapped.source, ...(stock ? { stock } : {}) }];
}
