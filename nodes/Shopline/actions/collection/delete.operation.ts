import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { collectionIdField } from './fields';

const properties: INodeProperties[] = [collectionIdField, shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['delete'] } }, properties);

export const writes = true;

const schema = z.object({ collectionId: shoplineId });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Collection → Delete: DELETE products/custom_collections/{id}.json; outputs {id, deleted: true}. The products stay in the store. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	await client.request({ method: 'DELETE', path: `products/custom_collections/${params.collectionId}.json`, itemIndex });
	return [{ id: params.collectionId, deleted: true }];
}
