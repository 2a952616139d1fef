import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { dispatch, type OperationMap } from '../../shared/router';
import { createShoplineClient, type ShoplineClient } from '../transport';
import { readShoplineRunOptions } from './common/runOptions';
import type { ShoplineType } from './node.type';
import * as product from './product';

/** Every operation of the node; a missing one does not compile. */
const operations: OperationMap<ShoplineType, ShoplineClient> = {
	product: {
		getAll: product.getAll,
		get: product.get,
		count: product.count,
		create: product.create,
		update: product.update,
		delete: product.delete,
	},
};

/**
 * Dispatches every input item to its operation. One SHOPLINE client serves the whole run,
 * so that one pacer keeps all of its requests within the store's rate limit.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const runOptions = readShoplineRunOptions(this);
	return await dispatch(this, operations, runOptions.concurrency, async () => await createShoplineClient(this, runOptions));
}
