import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ShoplineClient } from '../../transport';
import { optionsCollection } from '../common/runOptions';
import { productFields, readProduct } from './fields';

const properties: INodeProperties[] = [
	...productFields(true),
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['create'] } }, properties);

/** Product → Create: POST products/products.json. Retried only on 429 (nothing applied). */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ShoplineClient): Promise<IDataObject[]> {
	const product = readProduct(this, itemIndex, true);
	const { body } = await client.request({ method: 'POST', path: 'products/products.json', body: { product }, itemIndex });
	return [((body as IDataObject).product ?? body) as IDataObject];
}
