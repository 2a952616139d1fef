import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { fields } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { collectionId, toShoplineCollection, updateFields } from './fields';

const inputFields = fields(collectionId, updateFields, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['update'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	const params = readInput(this, itemIndex, inputFields);
	const collection = toShoplineCollection(params.collectionFields);
	if (Object.keys(collection).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Update Fields: nothing to update — add at least one field', { itemIndex });
	}
	return { collectionId: params.collectionId, collection };
}

/** Collection → Update: PUT products/custom_collections/{id}.json with only the fields given. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('custom_collection', {
		method: 'PUT',
		path: `products/custom_collections/${params.collectionId}.json`,
		body: { custom_collection: params.collection },
		itemIndex,
	})];
}
