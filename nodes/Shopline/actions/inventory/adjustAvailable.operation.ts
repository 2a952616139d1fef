import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { adjustmentSchema, inventoryItemIdField, levelShape, locationIdField } from './fields';

const properties: INodeProperties[] = [
	inventoryItemIdField,
	locationIdField,
	{
		displayName: 'Available Adjustment',
		name: 'availableAdjustment',
		type: 'number',
		required: true,
		typeOptions: { numberPrecision: 0 },
		default: 1,
		description: 'How much to add to the available quantity at this location: 5 adds five, -2 takes two away. Not 0.',
	},
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['inventory'], operation: ['adjustAvailable'] } }, properties);

export const writes = true;

const schema = z.object({ ...levelShape, availableAdjustment: adjustmentSchema });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Inventory → Adjust Available: POST inventory_levels/adjust.json, a change relative to the
 * current quantity. Retried only on 429: repeating an applied adjustment would count it twice.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('inventory_level', {
		method: 'POST',
		path: 'inventory_levels/adjust.json',
		body: { inventory_item_id: params.inventoryItemId, location_id: params.locationId, available_adjustment: params.availableAdjustment },
		itemIndex,
	})];
}
