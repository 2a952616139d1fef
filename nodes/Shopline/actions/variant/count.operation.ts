import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { productIdField } from '../common/fields';

const properties: INodeProperties[] = [productIdField, shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['count'] } }, properties);

const schema = z.object({ productId: shoplineId });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Variant → Count: GET products/{id}/variants/count.json; the answer's count must be a whole number. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [{ count: await client.count({ method: 'GET', path: `products/${params.productId}/variants/count.json`, itemIndex }) }];
}
