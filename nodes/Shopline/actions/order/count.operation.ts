import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { toDateQuery } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { orderFilters, toOrderQuery } from './fields';

const inputFields = fields(orderFilters(true), shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['count'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Order → Count: GET orders/count.json with the filters; the answer's count must be a whole number. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters } = params;
	return [{ count: await client.count({ method: 'GET', path: 'orders/count.json', qs: { ...toOrderQuery(filters), ...toDateQuery(filters) }, itemIndex }) }];
}
