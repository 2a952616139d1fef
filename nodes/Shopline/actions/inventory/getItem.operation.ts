import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { inventoryItemId } from './fields';

const inputFields = fields(inventoryItemId, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['inventory'], operation: ['getItem'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Inventory → Get Inventory Item: GET inventory_items/{id}.json (SKU, cost, tracked, required_shipping, variant_id). */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('inventory_item', { method: 'GET', path: `inventory_items/${params.inventoryItemId}.json`, itemIndex })];
}
