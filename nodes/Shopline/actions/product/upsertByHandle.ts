import type { IDataObject } from 'n8n-workflow';

import { planProductUpdate } from '../../helpers/productDiff';
import type { ShoplineClient } from '../../transport';
import { fetchCursorPages } from '../../transport/pagination';

/** What Create or Update did with one product. */
export interface UpsertResult {
	product: IDataObject;
	action: 'created' | 'updated' | 'unchanged';
	/** What differed, on an update. */
	changes?: string[];
}

/** The product whose handle is exactly `handle`: SHOPLINE's handle filter may also answer products whose handle only begins with it. */
async function findByHandle(client: ShoplineClient, handle: string, itemIndex: number): Promise<IDataObject | undefined> {
	const products = await fetchCursorPages(client, { path: 'products/products.json', listKey: 'products', filters: { handle }, pageSize: 250, maxPages: 40, itemIndex });
	const wanted = handle.toLowerCase();
	return products.find((product) => typeof product.handle === 'string' && product.handle.trim().toLowerCase() === wanted);
}

/**
 * The one-item logic both Create or Update operations share: finds the product by handle
 * (GET products/products.json?handle=), creates it when there is none (POST), else updates
 * it (PUT products/{id}.json) with the store's variant and image IDs — or, with
 * `skipUnchanged`, writes nothing when the store already has what would be sent.
 */
export async function upsertByHandle(client: ShoplineClient, product: IDataObject & { handle: string }, skipUnchanged: boolean, itemIndex: number): Promise<UpsertResult> {
	const existing = await findByHandle(client, product.handle, itemIndex);
	if (!existing) {
		const { body } = await client.request({ method: 'POST', path: 'products/products.json', body: { product }, itemIndex });
		return { product: ((body as IDataObject).product ?? body) as IDataObject, action: 'created' };
	}
	const plan = planProductUpdate(product, existing);
	if (skipUnchanged && plan.differences.length === 0) return { product: existing, action: 'unchanged' };
	const { body } = await client.request({ method: 'PUT', path: `products/${String(existing.id)}.json`, body: { product: plan.product }, itemIndex });
	return { product: ((body as IDataObject).product ?? body) as IDataObject, action: 'updated', changes: plan.differences };
}
