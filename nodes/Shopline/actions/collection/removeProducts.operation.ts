import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { membershipFields, membershipSchema } from './fields';

const properties: INodeProperties[] = [...membershipFields, shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['removeProducts'] } }, properties);

export const writes = true;

const schema = membershipSchema;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Collection → Remove Products: DELETE products/custom_collections/{id}/products.json {product_ids}.
 * The products stay in the store. Outputs {id, removed}. Retried only on 429.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	await client.request({ method: 'DELETE', path: `products/custom_collections/${params.collectionId}/products.json`, body: { product_ids: params.productIds }, itemIndex });
	return [{ id: params.collectionId, removed: params.productIds }];
}
