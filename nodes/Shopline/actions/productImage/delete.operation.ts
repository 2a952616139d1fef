import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { productId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { imageId } from './fields';

const inputFields = fields(productId, imageId, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['productImage'], operation: ['delete'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Product Image → Delete: DELETE products/{pid}/images/{iid}.json (the docs' order of the two
 * IDs; the Go SDK swaps them); outputs {id, product_id, deleted: true}. Retried only on 429.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	await client.request({ method: 'DELETE', path: `products/${params.productId}/images/${params.imageId}.json`, itemIndex });
	return [{ id: params.imageId, product_id: params.productId, deleted: true }];
}
