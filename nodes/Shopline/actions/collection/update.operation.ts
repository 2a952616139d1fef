import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { collectionIdField, toShoplineCollection, updateFields, updateSchema } from './fields';

const properties: INodeProperties[] = [collectionIdField, ...updateFields, shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['update'] } }, properties);

export const writes = true;

const schema = updateSchema.extend({ collectionId: shoplineId });

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { collectionId, collectionFields } = readInput(this, itemIndex, properties, schema);
	const collection = toShoplineCollection(collectionFields);
	if (Object.keys(collection).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Update Fields: nothing to update — add at least one field', { itemIndex });
	}
	return { collectionId, collection };
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
