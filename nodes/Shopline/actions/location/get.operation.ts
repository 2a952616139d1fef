import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { locationId } from './fields';

const inputFields = fields(locationId, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['location'], operation: ['get'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Location → Get: GET locations/{id}.json. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('location', { method: 'GET', path: `locations/${params.locationId}.json`, itemIndex })];
}
