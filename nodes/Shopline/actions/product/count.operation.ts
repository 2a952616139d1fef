import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { collectionFilter, dateFilters, refineDateOrder, statusFilter, toDateQuery } from '../common/fields';

const inputFields = fields(filtersCollection([collectionFilter, ...dateFilters, statusFilter], refineDateOrder), shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['count'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Product → Count: GET products/count.json; the answer's count must be a whole number. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters } = params;
	const count = await client.count({
		method: 'GET',
		path: 'products/count.json',
		qs: { collection_id: filters.collectionId, status: filters.status, ...toDateQuery(filters) },
		itemIndex,
	});
	return [{ count }];
}
