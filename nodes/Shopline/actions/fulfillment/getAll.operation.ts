import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { limitOf, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { orderIdField } from '../order/fields';

const properties: INodeProperties[] = [orderIdField, ...returnAllAndLimit, shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['fulfillment'], operation: ['getAll'] } }, properties);

const schema = z.object({ orderId: shoplineId, ...returnAllAndLimitShape });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Fulfillment → Get Many: GET orders/{id}/fulfillments.json (one answer holds them all), one item per fulfillment. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const path = `orders/${params.orderId}/fulfillments.json`;
	const { body } = await client.request({ method: 'GET', path, itemIndex });
	const list = (body as IDataObject)?.fulfillments;
	if (!Array.isArray(list)) {
		throw new NodeApiError(this.getNode(), { path }, { message: 'SHOPLINE answered without a "fulfillments" list', description: `GET ${path} had no "fulfillments" array.`, itemIndex });
	}
	const limit = limitOf(params);
	return (limit === undefined ? list : list.slice(0, limit)) as IDataObject[];
}
