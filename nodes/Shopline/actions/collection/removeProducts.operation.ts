import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { membershipFields } from './fields';

const inputFields = fields(...membershipFields, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['removeProducts'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Collection → Remove Products: DELETE products/custom_collections/{id}/products.json {product_ids}.
 * The products stay in the store. Outputs {id, removed}. Retried only on 429.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	await client.request({ method: 'DELETE', path: `products/custom_collections/${params.collectionId}/products.json`, body: { product_ids: params.productIds }, itemIndex });
	return [{ id: params.collectionId, removed: params.productIds }];
}
