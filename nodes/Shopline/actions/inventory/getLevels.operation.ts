import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, limitOf, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { isBlank } from '../../../shared/node/validation';
import { shoplineIdsUpTo } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';
import { shoplineOptions } from '../common/runOptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Inventory Item IDs',
		name: 'inventoryItemIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: '5703943240925324252,5703943989105270965',
		description:
			"Up to 50 inventory items, comma-separated: the inventory_item_id of each variant (Product → Get shows them). SHOPLINE lists levels by item; Location IDs can only narrow the list.",
	},
	...returnAllAndLimit,
	filtersCollection([
		{
			displayName: 'Location IDs',
			name: 'locationIds',
			type: 'string',
			default: '',
			placeholder: '54217042481355269010000001,54217042481355269010000002',
			description: 'Only the levels at these locations (up to 10, comma-separated). Location → Get Many lists the IDs.',
		},
	]),
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['inventory'], operation: ['getLevels'] } }, properties);

const schema = z.object({
	inventoryItemIds: shoplineIdsUpTo(50, 'inventory item', 'SHOPLINE needs at least one inventory item ID to list levels (Location IDs alone are not enough)'),
	...returnAllAndLimitShape,
	filters: z.object({
		locationIds: z.preprocess((value) => (isBlank(value) ? undefined : value), shoplineIdsUpTo(10, 'location', 'remove the filter to list every location').optional()),
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Inventory → Get Levels: GET inventory_levels.json, one output item per (inventory item,
 * location) with its available quantity; a link header's next page is followed.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const limit = limitOf(params);
	return await fetchCursorPages(client, {
		path: 'inventory_levels.json',
		listKey: 'inventory_levels',
		filters: { inventory_item_ids: params.inventoryItemIds, location_ids: params.filters.locationIds },
		pageSize: limit === undefined ? 250 : Math.min(250, limit),
		limit,
		maxPages: 100,
		itemIndex,
	});
}
