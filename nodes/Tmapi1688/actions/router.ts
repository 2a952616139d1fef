import { NodeOperationError, type IDataObject, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { runForEachItem } from '../../shared/router';
import { readRunOptions } from '../../shared/runOptions';
import { TmapiClient } from '../transport';
import * as category from './category';
import * as item from './item';
import type { Tmapi1688Type } from './node.type';
import * as shop from './shop';

type OperationHandler = (this: IExecuteFunctions, itemIndex: number, client: TmapiClient) => Promise<IDataObject[]>;

type OperationMap = {
	[R in Tmapi1688Type['resource']]: { [O in Extract<Tmapi1688Type, { resource: R }>['operation']]: OperationHandler };
};

/** Every operation of the node; a missing one does not compile. */
const operations: OperationMap = {
	shop: { getItems: shop.getItems.execute },
	category: { getItems: category.getItems.execute, getItemsV1: category.getItemsV1.execute },
	item: { getDetail: item.getDetail.execute },
};

/**
 * Dispatches every input item to its operation. One TMAPI client serves the whole run, so
 * that its limiter caps the requests in flight across all items and pages.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const handler = (operations as Record<string, Record<string, OperationHandler | undefined> | undefined>)[resource]?.[operation];
	if (!handler) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not known for resource "${resource}"`);
	}
	const runOptions = readRunOptions(this, 3);
	let client: Promise<TmapiClient> | undefined;
	const results = await runForEachItem(this, runOptions.concurrency, async (itemIndex) => {
		client ??= TmapiClient.create(this, runOptions);
		return await handler.call(this, itemIndex, await client);
	});
	return [results];
}
