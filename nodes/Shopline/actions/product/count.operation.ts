import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { oneOf, validateInput } from '../../../shared/validation';
import { shoplineId } from '../../helpers/ids';
import type { ShoplineClient } from '../../transport';
import { optionsCollection } from '../common/runOptions';
import { dateFilters, dateFilterShape, refineDateOrder, statusFilter, toDateQuery } from './filters';

const properties: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Collection ID', name: 'collectionId', type: 'string', default: '', placeholder: '12248721639068681442230282' },
			...dateFilters,
			statusFilter,
		],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['count'] } }, properties);

const labels = {
	'filters.collectionId': 'Collection ID',
	'filters.createdAtMin': 'Created After',
	'filters.createdAtMax': 'Created Before',
	'filters.updatedAtMin': 'Updated After',
	'filters.updatedAtMax': 'Updated Before',
	'filters.status': 'Status',
};

const schema = z.object({
	filters: z
		.object({ collectionId: shoplineId.optional(), status: oneOf(['active', 'draft', 'archived'] as const).optional(), ...dateFilterShape })
		.superRefine(refineDateOrder),
});

/** Product → Count: GET products/count.json. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: ShoplineClient): Promise<IDataObject[]> {
	const raw = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const { filters } = validateInput(
		this.getNode(),
		schema,
		{ filters: Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, value === '' ? undefined : value])) },
		labels,
		itemIndex,
	);
	const { body } = await client.request({
		method: 'GET',
		path: 'products/count.json',
		qs: { collection_id: filters.collectionId, status: filters.status, ...toDateQuery(filters) },
		itemIndex,
	});
	return [{ count: (body as IDataObject).count }];
}
