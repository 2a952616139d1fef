import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { createFields, createSchema, toShoplineCollection } from './fields';

const properties: INodeProperties[] = [...createFields, shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['create'] } }, properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { title, collectionFields } = readInput(this, itemIndex, properties, createSchema);
	return { collection: toShoplineCollection({ ...collectionFields, title }) };
}

/** Collection → Create: POST products/custom_collections.json; Product IDs go in as its first collects. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: { collection: IDataObject }, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('custom_collection', { method: 'POST', path: 'products/custom_collections.json', body: { custom_collection: params.collection }, itemIndex })];
}
