import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { limit, returnAll } from '../../../shared/node/descriptions';
import { fields, integer, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { toDateQuery } from '../common/fields';
import { cursorList, maxPages } from '../common/paging';
import { shoplineOptionsField } from '../common/runOptions';
import { orderFieldsOption, orderFilters, toOrderQuery } from './fields';

const pageSize = integer({
	displayName: 'Page Size',
	name: 'pageSize',
	min: 1,
	max: 100,
	default: 100,
	description: 'Orders per request, 1 to 100. Larger pages mean fewer requests against the rate limit.',
});

const inputFields = fields(returnAll, limit, orderFilters(false), shoplineOptionsField(orderFieldsOption, maxPages, pageSize));

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['getAll'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Order → Get Many: GET orders.json, following the link header's next page (which carries only limit and fields). */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return await cursorList(client, { path: 'orders.json', listKey: 'orders', filters: { ...toOrderQuery(params.filters), ...toDateQuery(params.filters) } }, params, itemIndex);
}
