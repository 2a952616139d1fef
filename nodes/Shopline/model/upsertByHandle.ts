import type { IDataObject } from 'n8n-workflow';

import type { KeyedTurns } from '../../shared/flow/turns';
import { planProductUpdate } from './productDiff';
import type { ShoplineClient } from '../api/client';
import { fetchCursorPages } from '../api/pagination';

/** What Create or Update did with one product. */
export interface UpsertResult {
	product: IDataObject;
	action: 'created' | 'updated' | 'unchanged';
	/** What differed, on an update. */
	changes?: string[];
}

const handleKey = (handle: unknown) => (typeof handle === 'string' ? handle.trim().toLowerCase() : '');

/** The product whose handle is exactly `handle`: SHOPLINE's handle filter may also answer products whose handle only begins with it. */
async function findByHandle(client: ShoplineClient, handle: string, itemIndex: number): Promise<IDataObject | undefined> {
	const products = await fetchCursorPages(client, { path: 'products/products.json', listKey: 'products', filters: { handle }, pageSize: 250, maxPages: 40, itemIndex });
	return products.find((product) => handleKey(product.handle) === handleKey(handle));
}

/**
 * The store's products by handle and by ID, read once for a run that writes more products than
 * the store has pages of 250: then ceil(store / 250) list requests replace one lookup per item.
 * Kept per run (keyed by the run's client, gone with it), never between runs; every product the
 * run writes replaces its entry.
 */
interface StoreIndex {
	byHandle: Map<string, IDataObject>;
	byId: Map<string, IDataObject>;
}

const storeIndexes = new WeakMap<ShoplineClient, Promise<StoreIndex | undefined>>();

function remember(index: StoreIndex, product: IDataObject, handle: unknown = product.handle): void {
	index.byHandle.set(handleKey(handle), product);
	index.byId.set(String(product.id), product);
}

async function storeIndex(client: ShoplineClient, runSize: number, itemIndex: number): Promise<StoreIndex | undefined> {
	if (runSize <= 2) return undefined;
	let index = storeIndexes.get(client);
	if (!index) {
		index = (async () => {
			const { body } = await client.request({ method: 'GET', path: 'products/count.json', itemIndex });
			const total = Number((body as IDataObject).count);
			if (!Number.isSafeInteger(total) || total < 0 || 1 + Math.ceil(total / 250) >= runSize) return undefined;
			const products = await fetchCursorPages(client, { path: 'products/products.json', listKey: 'products', filters: {}, pageSize: 250, maxPages: 100_000, itemIndex });
			const read: StoreIndex = { byHandle: new Map(), byId: new Map() };
			for (const product of products) remember(read, product);
			return read;
		})();
		storeIndexes.set(client, index);
		// A failed read is the failing item's error; the next item tries again.
		index.catch(() => storeIndexes.delete(client));
	}
	return await index;
}

/** Keeps the run's store index, if read, up to date with a product the run wrote (under `handle`, the one sent, when given). */
export async function rememberProduct(client: ShoplineClient, product: IDataObject, handle?: string): Promise<void> {
	const index = await storeIndexes.get(client)?.catch(() => undefined);
	if (index) remember(index, product, handle ?? product.handle);
}

/** The store's product whose handle is `handle` (case aside): from the run's store index, or looked up. */
export async function productByHandle(client: ShoplineClient, handle: string, runSize: number, itemIndex: number): Promise<IDataObject | undefined> {
	const index = await storeIndex(client, runSize, itemIndex);
	return index ? index.byHandle.get(handleKey(handle)) : await findByHandle(client, handle, itemIndex);
}

/**
 * The store's product with this ID when the run's store index holds it; undefined when the run
 * reads no index or the index lacks the ID (the caller then asks SHOPLINE for it, which also
 * tells a missing product from one created since the index was read).
 */
export async function indexedProductById(client: ShoplineClient, productId: string, runSize: number, itemIndex: number): Promise<IDataObject | undefined> {
	return (await storeIndex(client, runSize, itemIndex))?.byId.get(productId);
}

/**
 * Runs `task` once every earlier task of this run for the same handle (case aside) has ended.
 * Both Create or Update operations call upsertByHandle inside it: two items of one run for the
 * same product then write one after the other, and the second finds the product the first
 * created (updating it, or leaving it unchanged) instead of creating it again (422 "handle
 * has already been taken"). The turns are the run's own, never shared between runs.
 */
export async function oneWriterPerHandle<T>(turns: KeyedTurns, handle: string, task: () => Promise<T>): Promise<T> {
	return await turns.run(`product handle ${handleKey(handle)}`, task);
}

/**
 * The one-item logic both Create or Update operations share (inside oneWriterPerHandle): finds the product by handle
 * (GET products/products.json?handle=, or the run's store index), creates it when there is none (POST), else updates
 * it (PUT products/{id}.json) with the store's variant and image IDs — or, with
 * `skipUnchanged`, writes nothing when the store already has what would be sent.
 */
export async function upsertByHandle(client: ShoplineClient, product: IDataObject & { handle: string }, options: { skipUnchanged: boolean; runSize: number }, itemIndex: number): Promise<UpsertResult> {
	const existing = await productByHandle(client, product.handle, options.runSize, itemIndex);
	if (!existing) {
		const created = await client.record('product', { method: 'POST', path: 'products/products.json', body: { product }, itemIndex });
		await rememberProduct(client, created, product.handle);
		return { product: created, action: 'created' };
	}
	return await updateProduct(client, product, existing, options.skipUnchanged, itemIndex);
}

/**
 * Updates `existing` (the store's product, found by handle or by ID) with the store's variant
 * and image IDs (PUT products/{id}.json) — or, with `skipUnchanged`, writes nothing when the
 * store already has what would be sent. Only what `product` gives is compared and sent (given
 * without a handle, the product keeps its own). The run's store index, if read, is kept up to date.
 */
export async function updateProduct(client: ShoplineClient, product: IDataObject, existing: IDataObject, skipUnchanged: boolean, itemIndex: number): Promise<UpsertResult> {
	const plan = planProductUpdate(product, existing);
	if (skipUnchanged && plan.differences.length === 0) return { product: existing, action: 'unchanged' };
	const updated = await client.record('product', { method: 'PUT', path: `products/${String(existing.id)}.json`, body: { product: plan.product }, itemIndex });
	await rememberProduct(client, updated);
	return { product: updated, action: 'updated', changes: plan.differences };
}
