import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { dispatch, type OperationHandler } from '../../shared/router';
import { ShoplineClient } from '../transport';
import { readShoplineRunOptions } from './common/runOptions';
import type { ShoplineType } from './node.type';
import * as product from './product';

type OperationMap = {
	[R in ShoplineType['resource']]: { [O in Extract<ShoplineType, { resource: R }>['operation']]: OperationHandler<ShoplineClient> };
};

/** Every operation of the node; a missing one does not compile. */
const operations: OperationMap = {
	product: {
		getAll: product.getAll.execute,
		get: product.get.execute,
		count: product.count.execute,
		create: product.create.execute,
		update: product.update.execute,
		delete: product.delete.execute,
	},
};

/**
 * Dispatches every input item to its operation. One SHOPLINE client serves the whole run,
 * so that one pacer keeps all of its requests within the store's rate limit.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const runOptions = readShoplineRunOptions(this);
	return await dispatch(this, operations, runOptions.concurrency, async () => await ShoplineClient.create(this, runOptions));
}
