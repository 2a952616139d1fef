import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { availableSchema, inventoryItemIdField, levelShape, locationIdField } from './fields';

const properties: INodeProperties[] = [
	inventoryItemIdField,
	locationIdField,
	{
		displayName: 'Available',
		name: 'available',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description:
			'The quantity on hand for sale at this location, replacing what was there (not added to it). A new tracked variant has 0 until this is set.',
	},
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['inventory'], operation: ['setAvailable'] } }, properties);

export const writes = true;

const schema = z.object({ ...levelShape, available: availableSchema });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Inventory → Set Available: POST inventory_levels/set.json, an absolute quantity. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('inventory_level', {
		method: 'POST',
		path: 'inventory_levels/set.json',
		body: { inventory_item_id: params.inventoryItemId, location_id: params.locationId, available: params.available },
		itemIndex,
	})];
}
