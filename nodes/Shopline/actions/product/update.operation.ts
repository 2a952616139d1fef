import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { productId } from '../common/fields';
import { productFields } from './body';
import { readProduct } from './bodyInput';

const properties: INodeProperties[] = [productId.property, ...productFields(false), shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['update'] } }, properties);

export const writes = true;

const schema = z.object({ productId: shoplineId });

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { productId } = readInput(this, itemIndex, properties, schema);
	return { productId, product: readProduct(this, itemIndex, properties, false, productId) };
}

/** Product → Update: PUT products/{id}.json with only the fields given. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('product', { method: 'PUT', path: `products/${params.productId}.json`, body: { product: params.product }, itemIndex })];
}
