import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { integer } from '../../../shared/node/validation';
import type { ShoplineClient } from '../../api/client';
import { cursorList, maxPagesOption, maxPagesSchema } from '../common/paging';
import { shoplineOptions } from '../common/runOptions';
import { refineDateOrder, toDateQuery } from '../common/fields';
import { orderFieldsOption, orderFieldsSchema, orderFilters, orderFilterShape, toOrderQuery } from './fields';

const properties: INodeProperties[] = [
	...returnAllAndLimit,
	filtersCollection(orderFilters(false)),
	shoplineOptions([
		orderFieldsOption,
		maxPagesOption,
		{
			displayName: 'Page Size',
			name: 'pageSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 100 },
			default: 100,
			description: 'Orders per request, 1 to 100. Larger pages mean fewer requests against the rate limit.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['getAll'] } }, properties);

const schema = z.object({
	...returnAllAndLimitShape,
	filters: z.object(orderFilterShape(false)).superRefine(refineDateOrder),
	options: z.object({
		fields: orderFieldsSchema,
		maxPages: maxPagesSchema,
		pageSize: integer(1, 100).default(100),
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Order → Get Many: GET orders.json, following the link header's next page (which carries only limit and fields). */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return await cursorList(client, { path: 'orders.json', listKey: 'orders', filters: { ...toOrderQuery(params.filters), ...toDateQuery(params.filters) } }, params, itemIndex);
}
