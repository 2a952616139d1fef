import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { orderId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { orderFieldsOption } from './fields';

const inputFields = fields(orderId, shoplineOptionsField(orderFieldsOption));

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['get'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Order → Get: GET orders/{id}.json. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('order', { method: 'GET', path: `orders/${params.orderId}.json`, qs: { fields: params.options.fields }, itemIndex })];
}
