import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ShoplineClient } from '../../transport';
import { optionsCollection } from '../common/runOptions';
import { productIdField, readProductId } from './common';
import { productFields, readProduct } from './fields';

const properties: INodeProperties[] = [
	productIdField,
	...productFields(false),
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['update'] } }, properties);

/** Product → Update: PUT products/{id}.json with only the fields given. Retried only on 429. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ShoplineClient): Promise<IDataObject[]> {
	const productId = readProductId(this, itemIndex);
	const product = readProduct(this, itemIndex, false);
	const { body } = await client.request({ method: 'PUT', path: `products/${productId}.json`, body: { product }, itemIndex });
	return [((body as IDataObject).product ?? body) as IDataObject];
}
