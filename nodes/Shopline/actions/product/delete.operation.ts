import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { productIdField } from '../common/fields';

const properties: INodeProperties[] = [productIdField, shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['delete'] } }, properties);

export const writes = true;

const schema = z.object({ productId: shoplineId });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Product → Delete: DELETE products/{id}.json; outputs {id, deleted: true}. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	await client.request({ method: 'DELETE', path: `products/${params.productId}.json`, itemIndex });
	return [{ id: params.productId, deleted: true }];
}
