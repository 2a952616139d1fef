import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ShoplineClient } from '../../transport';
import { optionsCollection } from '../common/runOptions';
import { productIdField, readProductId } from './common';

const properties: INodeProperties[] = [
	productIdField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['delete'] } }, properties);

/** Product → Delete: DELETE products/{id}.json; outputs {id, deleted: true}. Retried only on 429. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ShoplineClient): Promise<IDataObject[]> {
	const productId = readProductId(this, itemIndex);
	await client.request({ method: 'DELETE', path: `products/${productId}.json`, itemIndex });
	return [{ id: productId, deleted: true }];
}
