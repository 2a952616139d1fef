import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { dispatch, type OperationMap } from '../../shared/router';
import { readRunOptions } from '../../shared/runOptions';
import { createTmapiClient, type TmapiClient } from '../transport';
import * as category from './category';
import { runOptionsOfNode } from './common/runOptions';
import * as item from './item';
import type { Tmapi1688Type } from './node.type';
import * as shop from './shop';

/** Every operation of the node; a missing one does not compile. */
const operations: OperationMap<Tmapi1688Type, TmapiClient> = {
	shop: { getItems: shop.getItems },
	category: { getItems: category.getItems, getItemsV1: category.getItemsV1 },
	item: { getDetail: item.getDetail },
};

/**
 * Dispatches every input item to its operation. One TMAPI client serves the whole run, so
 * that its limiter caps the requests in flight across all items and pages.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const runOptions = readRunOptions(this, runOptionsOfNode, {});
	return await dispatch(this, operations, runOptions.concurrency, async () => await createTmapiClient(this, runOptions));
}
