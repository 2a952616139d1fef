import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { productFields } from './body';
import { readProduct } from './bodyInput';

const properties: INodeProperties[] = [...productFields(true), shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['create'] } }, properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return { product: readProduct(this, itemIndex, properties, true) };
}

/** Product → Create: POST products/products.json. Retried only on 429 (nothing applied). */
export async function execute(this: IExecuteFunctions, params: { product: IDataObject }, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('product', { method: 'POST', path: 'products/products.json', body: { product: params.product }, itemIndex })];
}
