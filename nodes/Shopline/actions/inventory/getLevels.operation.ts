import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, limit, limitOf, returnAll } from '../../../shared/node/descriptions';
import { custom, fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { isBlank } from '../../../shared/node/validation';
import { shoplineIdsUpTo } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';
import { shoplineOptionsField } from '../common/runOptions';

const inventoryItemIds = custom(
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
	shoplineIdsUpTo(50, 'inventory item', 'SHOPLINE needs at least one inventory item ID to list levels (Location IDs alone are not enough)'),
);

const locationIds = custom(
	{
		displayName: 'Location IDs',
		name: 'locationIds',
		type: 'string',
		default: '',
		placeholder: '54217042481355269010000001,54217042481355269010000002',
		description: 'Only the levels at these locations (up to 10, comma-separated). Location → Get Many lists the IDs.',
	},
	z.preprocess((value) => (isBlank(value) ? undefined : value), shoplineIdsUpTo(10, 'location', 'remove the filter to list every location').optional()),
);

const inputFields = fields(inventoryItemIds, returnAll, limit, filtersCollection([locationIds]), shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['inventory'], operation: ['getLevels'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Inventory → Get Levels: GET inventory_levels.json, one output item per (inventory item,
 * location) with its available quantity; a link header's next page is followed.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
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
