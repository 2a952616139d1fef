import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { orderFieldsOption, orderFieldsSchema, orderIdField } from './fields';

const properties: INodeProperties[] = [orderIdField, shoplineOptions([orderFieldsOption])];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['get'] } }, properties);

const schema = z.object({ orderId: shoplineId, options: z.object({ fields: orderFieldsSchema }) });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Order → Get: GET orders/{id}.json. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('order', { method: 'GET', path: `orders/${params.orderId}.json`, qs: { fields: params.options.fields }, itemIndex })];
}
