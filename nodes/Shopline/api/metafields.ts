import type { IDataObject } from 'n8n-workflow';

import type { ShoplineClient } from './client';
import { fetchCursorPages } from './pagination';

/**
 * A product's metafields (SHOPLINE v20260301): GET and POST products/{id}/metafields.json,
 * PUT products/{id}/metafields/{metafield id}.json. A metafield is one per namespace and key
 * of its product, so Set reads it first and writes only when the value or type differs.
 */

export interface MetafieldInput {
	namespace: string;
	key: string;
	type: string;
	value: string;
	description?: string;
}

export interface SetResult {
	metafield: IDataObject;
	action: 'created' | 'updated' | 'unchanged';
}

/** A product has few metafields; a list this many pages long is a loop. */
const MAX_PAGES = 100;

/** The product's metafields, of one namespace (and key) when given, up to `limit`. */
export async function productMetafields(client: ShoplineClient, productId: string, filters: { namespace?: string; key?: string }, itemIndex: number, limit?: number): Promise<IDataObject[]> {
	const records = await fetchCursorPages(client, {
		path: `products/${productId}/metafields.json`,
		listKey: 'metafields',
		filters: { namespace: filters.namespace, key: filters.key },
		pageSize: 250,
		limit,
		maxPages: MAX_PAGES,
		itemIndex,
	});
	// Filtered again here: what the filters mean exactly is the answer's business, the match is ours.
	return records.filter((field) => (filters.namespace === undefined || field.namespace === filters.namespace) && (filters.key === undefined || field.key === filters.key));
}

/** Writes the metafield unless `current` (the product's metafield of that namespace and key, if any) already holds it. */
export async function writeMetafield(client: ShoplineClient, productId: string, input: MetafieldInput, current: IDataObject | undefined, itemIndex: number): Promise<SetResult> {
	if (!current) {
		const metafield = await client.record('metafield', { method: 'POST', path: `products/${productId}/metafields.json`, body: { metafield: input }, itemIndex });
		return { metafield, action: 'created' };
	}
	const same = current.value === input.value && current.type === input.type && (input.description === undefined || current.description === input.description);
	if (same) return { metafield: current, action: 'unchanged' };
	const changes: IDataObject = { type: input.type, value: input.value, ...(input.description === undefined ? {} : { description: input.description }) };
	const metafield = await client.record('metafield', { method: 'PUT', path: `products/${productId}/metafields/${String(current.id)}.json`, body: { metafield: changes }, itemIndex });
	return { metafield, action: 'updated' };
}

/** Set: creates the product's metafield of that namespace and key, or updates it; nothing when it already holds the value. */
export async function setMetafield(client: ShoplineClient, productId: string, input: MetafieldInput, itemIndex: number): Promise<SetResult> {
	const [current] = await productMetafields(client, productId, { namespace: input.namespace, key: input.key }, itemIndex);
	return await writeMetafield(client, productId, input, current, itemIndex);
}
