import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { digitsId } from '../../../../shared/node/field';
import type { ShoplineClient } from '../../../api/client';
import { indexedProductById } from '../../../model/upsertByHandle';

/**
 * Which store product a 1688 item writes: the one given by "Store Product ID" (e.g. the id
 * Product → Get Many with Include 1688 Source outputs), else the one whose handle is
 * <Handle Prefix><offer ID>. Given, the product keeps its handle, so a renamed one stays linked.
 */

export const STORE_PRODUCT_ID = 'Store Product ID';

export const storeProductId = digitsId({
	displayName: STORE_PRODUCT_ID,
	name: 'storeProductId',
	placeholder: '7300000000000000001',
	expectation: 'use the ID of a product of the store, made of digits',
	maxDigits: 32,
	description:
		'The store product this 1688 item updates (or, for a gone offer, drafts or sets to 0 stock): its ID, e.g. the id Product → Get Many outputs. It is found by ID and keeps its handle, so a product whose handle was changed stays linked; an ID the store does not have is an error and nothing is created. Empty: the product whose handle is the Handle Prefix and the offer ID, created when there is none.',
});

/**
 * The store's product with this ID: from the run's store index when the run is large enough to
 * read one (as for handles), else GET products/{id}.json; an ID the store does not have (404)
 * is the item's error, naming the field.
 */
export async function storeProductById(client: ShoplineClient, productId: string, runSize: number, itemIndex: number): Promise<IDataObject> {
	const indexed = await indexedProductById(client, productId, runSize, itemIndex);
	if (indexed) return indexed;
	try {
		return await client.record('product', { method: 'GET', path: `products/${productId}.json`, itemIndex });
	} catch (error) {
		// Only a NodeApiError says what SHOPLINE answered; any other failure goes on as it came.
		if (!(error instanceof NodeApiError) || error.httpCode !== '404') throw error as Error;
		throw new NodeOperationError(client.node, `${STORE_PRODUCT_ID}: the store has no product with ID "${productId}"`, {
			itemIndex,
			description: `Nothing was written for this item. Give the ID of an existing product in "${STORE_PRODUCT_ID}" (Product → Get Many outputs it as "id"), or leave it empty to find or create the product by its handle.`,
		});
	}
}
