import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { dispatch, type OperationModules } from '../../shared/node/dispatch';
import { createShoplineClient, type ShoplineClient } from '../api/client';
import { readShoplineRunOptions } from './common/runOptions';
import * as collection from './collection';
import * as customer from './customer';
import * as draftOrder from './draftOrder';
import * as fulfillment from './fulfillment';
import * as inventory from './inventory';
import * as location from './location';
import * as metafield from './metafield';
import * as order from './order';
import * as product from './product';
import * as productImage from './productImage';
import * as variant from './variant';
/** Every resource of the node with its operations, as each resource's index registers them. */
export const operations = {
	collection: collection.operations,
	customer: customer.operations,
	draftOrder: draftOrder.operations,
	fulfillment: fulfillment.operations,
	inventory: inventory.operations,
	location: location.operations,
	metafield: metafield.operations,
	order: order.operations,
	product: product.operations,
	productImage: productImage.operations,
	variant: variant.operations,
} satisfies OperationModules<ShoplineClient>;

/**
 * Dispatches every input item to its operation. One SHOPLINE client serves the whole run,
 * so that one pacer keeps all of its requests within the store's rate limit.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const runOptions = readShoplineRunOptions(this);
	return await dispatch(this, operations, runOptions.concurrency, async () => await createShoplineClient(this, runOptions));
}
