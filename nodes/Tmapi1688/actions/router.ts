import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { dispatch, type OperationHandler } from '../../shared/router';
import { readRunOptions } from '../../shared/runOptions';
import { TmapiClient } from '../transport';
import * as category from './category';
import * as item from './item';
import type { Tmapi1688Type } from './node.type';
import * as shop from './shop';

type OperationMap = {
	[R in Tmapi1688Type['resource']]: { [O in Extract<Tmapi1688Type, { resource: R }>['operation']]: OperationHandler<TmapiClient> };
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
	const runOptions = readRunOptions(this, 3);
	return await dispatch(this, operations, runOptions.concurrency, async () => await TmapiClient.create(this, runOptions));
}
