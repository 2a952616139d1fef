import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { validateInput } from '../../../shared/validation';
import { shoplineId } from '../../helpers/ids';
import type { ShoplineClient } from '../../transport';
import { runOptionFields } from '../common/runOptions';
import { productIdField } from './common';

const properties: INodeProperties[] = [
	productIdField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: runOptionFields,
	},
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['delete'] } }, properties);

/** Product → Delete: DELETE products/{id}.json; outputs {id, deleted: true}. Retried only on 429. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ShoplineClient): Promise<IDataObject[]> {
	const { productId } = validateInput(
		this.getNode(),
		z.object({ productId: shoplineId }),
		{ productId: this.getNodeParameter('productId', itemIndex) },
		{ productId: 'Product ID' },
		itemIndex,
	);
	await client.request({ method: 'DELETE', path: `products/${productId}.json`, itemIndex });
	return [{ id: productId, deleted: true }];
}
