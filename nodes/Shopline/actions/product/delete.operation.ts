import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { productId } from '../common/fields';

const inputFields = fields(productId, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['delete'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Product → Delete: DELETE products/{id}.json; outputs {id, deleted: true}. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	await client.request({ method: 'DELETE', path: `products/${params.productId}.json`, itemIndex });
	return [{ id: params.productId, deleted: true }];
}
