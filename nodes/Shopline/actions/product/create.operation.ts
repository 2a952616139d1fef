import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields } from '../../../shared/node/field';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { productBody } from './body';
import { readProduct } from './bodyInput';

const inputFields = fields(productBody(true), shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['create'] } }, inputFields.properties);

export const writes = true;

/** The product, from the fields or the JSON (readProduct checks it). */
export function input(this: IExecuteFunctions, itemIndex: number) {
	return { product: readProduct(this, itemIndex, inputFields.properties, true) };
}

/** Product → Create: POST products/products.json. Retried only on 429 (nothing applied). */
export async function execute(this: IExecuteFunctions, params: { product: IDataObject }, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('product', { method: 'POST', path: 'products/products.json', body: { product: params.product }, itemIndex })];
}
