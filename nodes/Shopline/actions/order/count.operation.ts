import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { refineDateOrder, toDateQuery } from '../common/fields';
import { orderFilters, orderFilterShape, toOrderQuery } from './fields';

const properties: INodeProperties[] = [filtersCollection(orderFilters(true)), shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['count'] } }, properties);

const schema = z.object({ filters: z.object(orderFilterShape(true)).superRefine(refineDateOrder) });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Order → Count: GET orders/count.json with the filters; the answer's count must be a whole number. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters } = params;
	return [{ count: await client.count({ method: 'GET', path: 'orders/count.json', qs: { ...toOrderQuery(filters), ...toDateQuery(filters) }, itemIndex }) }];
}
