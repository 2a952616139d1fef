import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { createFields, title, toShoplineCollection } from './fields';

const inputFields = fields(title, createFields, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['create'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	const params = readInput(this, itemIndex, inputFields);
	return { collection: toShoplineCollection({ ...params.collectionFields, title: params.title }) };
}

/** Collection → Create: POST products/custom_collections.json; Product IDs go in as its first collects. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: { collection: IDataObject }, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('custom_collection', { method: 'POST', path: 'products/custom_collections.json', body: { custom_collection: params.collection }, itemIndex })];
}
