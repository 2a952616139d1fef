import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { inventoryItemIdField } from './fields';

const properties: INodeProperties[] = [inventoryItemIdField, shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['inventory'], operation: ['getItem'] } }, properties);

const schema = z.object({ inventoryItemId: shoplineId });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Inventory → Get Inventory Item: GET inventory_items/{id}.json (SKU, cost, tracked, required_shipping, variant_id). */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('inventory_item', { method: 'GET', path: `inventory_items/${params.inventoryItemId}.json`, itemIndex })];
}
