import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, updateDisplayOptions } from 'n8n-workflow';

import { limit, limitOf, returnAll } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { orderId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';

const inputFields = fields(orderId, returnAll, limit, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['fulfillment'], operation: ['getAll'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Fulfillment → Get Many: GET orders/{id}/fulfillments.json (one answer holds them all), one item per fulfillment. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const path = `orders/${params.orderId}/fulfillments.json`;
	const { body } = await client.request({ method: 'GET', path, itemIndex });
	const list = (body as IDataObject)?.fulfillments;
	if (!Array.isArray(list)) {
		throw new NodeApiError(this.getNode(), { path }, { message: 'SHOPLINE answered without a "fulfillments" list', description: `GET ${path} had no "fulfillments" array.`, itemIndex });
	}
	const limit = limitOf(params);
	return (limit === undefined ? list : list.slice(0, limit)) as IDataObject[];
}
