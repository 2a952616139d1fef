import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { productId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { variantId } from './fields';

const inputFields = fields(productId, variantId, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['delete'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Variant → Delete: DELETE products/{pid}/variants/{vid}.json; outputs {id, product_id, deleted: true}. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	await client.request({ method: 'DELETE', path: `products/${params.productId}/variants/${params.variantId}.json`, itemIndex });
	return [{ id: params.variantId, product_id: params.productId, deleted: true }];
}
