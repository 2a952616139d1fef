import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { productId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';

const inputFields = fields(productId, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['count'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Variant → Count: GET products/{id}/variants/count.json; the answer's count must be a whole number. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [{ count: await client.count({ method: 'GET', path: `products/${params.productId}/variants/count.json`, itemIndex }) }];
}
