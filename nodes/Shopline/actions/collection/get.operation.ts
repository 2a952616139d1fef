import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { collectionFieldsOption, collectionId } from './fields';

const inputFields = fields(collectionId, shoplineOptionsField(collectionFieldsOption));

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['get'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Collection → Get: GET products/custom_collections/{id}.json. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('custom_collection', {
		method: 'GET',
		path: `products/custom_collections/${params.collectionId}.json`,
		qs: { fields: params.options.fields },
		itemIndex,
	})];
}
