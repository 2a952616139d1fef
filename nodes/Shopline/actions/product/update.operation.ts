import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { productId } from '../common/fields';
import { productBody } from './body';
import { readProduct } from './bodyInput';

const inputFields = fields(productId, productBody(false), shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['update'] } }, inputFields.properties);

export const writes = true;

/** The Product ID is checked first; the product (fields or JSON) by readProduct, which knows it. */
const checkedFirst = fields(productId);

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { productId: id } = readInput(this, itemIndex, { properties: inputFields.properties, schema: checkedFirst.schema });
	return { productId: id, product: readProduct(this, itemIndex, inputFields.properties, false, id) };
}

/** Product → Update: PUT products/{id}.json with only the fields given. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('product', { method: 'PUT', path: `products/${params.productId}.json`, body: { product: params.product }, itemIndex })];
}
