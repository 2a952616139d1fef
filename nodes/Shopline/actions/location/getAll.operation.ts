import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { limit, limitOf, returnAll } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { fetchLocations } from '../../api/pagination';
import { shoplineOptionsField } from '../common/runOptions';

const inputFields = fields(returnAll, limit, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['location'], operation: ['getAll'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Location → Get Many: GET locations/list.json. SHOPLINE answers every location at once (the
 * list is not paged), so Limit is applied here.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const locations = await fetchLocations(client, itemIndex);
	return locations.slice(0, limitOf(params));
}
