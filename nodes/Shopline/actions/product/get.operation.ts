import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { SIMPLE_PRODUCT_FIELDS, simplifyProduct } from '../../model/simplifyProduct';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { productFieldsOption, productId, simplifyProductField } from '../common/fields';

const inputFields = fields(productId, simplifyProductField, shoplineOptionsField(productFieldsOption));

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['get'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Product → Get: GET products/{id}.json. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const fields = params.options.fields ?? (params.simplify ? SIMPLE_PRODUCT_FIELDS : undefined);
	const product = await client.record('product', { method: 'GET', path: `products/${params.productId}.json`, qs: { fields }, itemIndex });
	return [params.simplify ? simplifyProduct(product, client.admin) : product];
}
