import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { runForEachItem } from '../../shared/router';
import { ShoplineClient } from '../transport';
import { readShoplineRunOptions } from './common/runOptions';
import type { ShoplineType } from './node.type';
import * as product from './product';

type OperationHandler = (this: IExecuteFunctions, itemIndex: number, client: ShoplineClient) => Promise<IDataObject[]>;

type OperationMap = {
	[R in ShoplineType['resource']]: { [O in Extract<ShoplineType, { resource: R }>['operation']]: OperationHandler };
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
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const handler = (operations as Record<string, Record<string, OperationHandler | undefined> | undefined>)[resource]?.[operation];
	if (!handler) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known for resource "${resource}"`);
	}
	const runOptions = readShoplineRunOptions(this);
	let client: Promise<ShoplineClient> | undefined;
	const results = await runForEachItem(this, runOptions.concurrency, async (itemIndex) => {
		client ??= ShoplineClient.create(this, runOptions);
		return await handler.call(this, itemIndex, await client);
	});
	return [results];
}
