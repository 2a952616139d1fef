import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { oneOf } from '../../../shared/node/validation';
import { optionalShoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { collectionFilter, dateFilters, dateFilterShape, refineDateOrder, statusFilter, toDateQuery } from '../common/fields';

const properties: INodeProperties[] = [
	filtersCollection([
		collectionFilter,
		...dateFilters,
		statusFilter,
	]),
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['count'] } }, properties);

const schema = z.object({
	filters: z
		.object({ collectionId: optionalShoplineId, status: oneOf(['active', 'draft', 'archived'] as const).optional(), ...dateFilterShape })
		.superRefine(refineDateOrder),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Product → Count: GET products/count.json; the answer's count must be a whole number. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters } = params;
	const count = await client.count({
		method: 'GET',
		path: 'products/count.json',
		qs: { collection_id: filters.collectionId, status: filters.status, ...toDateQuery(filters) },
		itemIndex,
	});
	return [{ count }];
}
