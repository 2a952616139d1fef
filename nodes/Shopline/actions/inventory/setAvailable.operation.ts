import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { available, inventoryItemId, locationId } from './fields';

const inputFields = fields(inventoryItemId, locationId, available, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['inventory'], operation: ['setAvailable'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Inventory → Set Available: POST inventory_levels/set.json, an absolute quantity. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('inventory_level', {
		method: 'POST',
		path: 'inventory_levels/set.json',
		body: { inventory_item_id: params.inventoryItemId, location_id: params.locationId, available: params.available },
		itemIndex,
	})];
}
