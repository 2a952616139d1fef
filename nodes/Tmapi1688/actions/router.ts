import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { dispatch, type OperationModules } from '../../shared/node/dispatch';
import { readRunOptions } from '../../shared/node/runOptions';
import { createTmapiClient, type TmapiClient } from '../api/client';
import * as category from './category';
import { runOptionsOfNode } from './common/runOptions';
import * as item from './item';
import * as search from './search';
import * as shop from './shop';

/** Every resource of the node with its operations, as each resource's index registers them. */
export const operations = {
	shop: shop.operations,
	category: category.operations,
	item: item.operations,
	search: search.operations,
} satisfies OperationModules<TmapiClient>;

/**
 * Dispatches every input item to its operation. One TMAPI client serves the whole run, so
 * that its limiter caps the requests in flight across all items and pages.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const runOptions = readRunOptions(this, runOptionsOfNode);
	return await dispatch(this, operations, runOptions.concurrency, async () => await createTmapiClient(this, runOptions));
}
