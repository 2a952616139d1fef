import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { availableAdjustment, inventoryItemId, locationId } from './fields';

const inputFields = fields(inventoryItemId, locationId, availableAdjustment, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['inventory'], operation: ['adjustAvailable'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Inventory → Adjust Available: POST inventory_levels/adjust.json, a change relative to the
 * current quantity. Retried only on 429: repeating an applied adjustment would count it twice.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('inventory_level', {
		method: 'POST',
		path: 'inventory_levels/adjust.json',
		body: { inventory_item_id: params.inventoryItemId, location_id: params.locationId, available_adjustment: params.availableAdjustment },
		itemIndex,
	})];
}
