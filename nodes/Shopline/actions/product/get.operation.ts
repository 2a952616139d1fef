import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { validateInput } from '../../../shared/validation';
import { shoplineId } from '../../helpers/ids';
import type { ShoplineClient } from '../../transport';
import { optionsCollection } from '../common/runOptions';
import { fieldsOption, fieldsSchema, productIdField } from './common';

const properties: INodeProperties[] = [
	productIdField,
	optionsCollection([fieldsOption]),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['get'] } }, properties);

const schema = z.object({ productId: shoplineId, fields: fieldsSchema });

/** Product → Get: GET products/{id}.json. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ShoplineClient): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const params = validateInput(
		this.getNode(),
		schema,
		{ productId: this.getNodeParameter('productId', itemIndex), fields: options.fields },
		{ productId: 'Product ID', fields: 'Fields' },
		itemIndex,
	);
	const { body } = await client.request({ method: 'GET', path: `products/${params.productId}.json`, qs: { fields: params.fields }, itemIndex });
	return [((body as IDataObject).product ?? body) as IDataObject];
}
