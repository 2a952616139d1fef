import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { collectionId } from './fields';

const inputFields = fields(collectionId, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['delete'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Collection → Delete: DELETE products/custom_collections/{id}.json; outputs {id, deleted: true}. The products stay in the store. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	await client.request({ method: 'DELETE', path: `products/custom_collections/${params.collectionId}.json`, itemIndex });
	return [{ id: params.collectionId, deleted: true }];
}
