import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { flag, optionalDecimal, optionalText } from '../../../shared/node/validation';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { inventoryItemIdField } from './fields';

const properties: INodeProperties[] = [
	inventoryItemIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field to Update',
		default: {},
		options: [
			{ displayName: 'Cost', name: 'cost', type: 'string', default: '', placeholder: '10.91', description: 'What one unit costs you, e.g. the 1688 price; SHOPLINE rounds it to 2 decimals' },
			{ displayName: 'Requires Shipping', name: 'requiredShipping', type: 'boolean', default: true, description: 'Whether the variant has to be shipped' },
			{ displayName: 'SKU', name: 'sku', type: 'string', default: '', description: "The variant's SKU (at most 255 characters)" },
			{
				displayName: 'Track Inventory',
				name: 'tracked',
				type: 'boolean',
				default: true,
				description: 'Whether SHOPLINE counts stock for this variant. A tracked variant has 0 available until Set Available gives it a quantity.',
			},
		],
	},
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['inventory'], operation: ['updateItem'] } }, properties);

export const writes = true;

const schema = z.object({
	inventoryItemId: shoplineId,
	updateFields: z.object({
		cost: optionalDecimal('use a cost such as 10.91'),
		requiredShipping: flag().optional(),
		sku: optionalText('use the SKU as text', 255),
		tracked: flag().optional(),
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { inventoryItemId, updateFields: fields } = readInput(this, itemIndex, properties, schema);
	const inventoryItem: IDataObject = { cost: fields.cost, required_shipping: fields.requiredShipping, sku: fields.sku, tracked: fields.tracked };
	for (const key of Object.keys(inventoryItem)) if (inventoryItem[key] === undefined) delete inventoryItem[key];
	if (Object.keys(inventoryItem).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Update Fields: nothing to update — add at least one field', { itemIndex });
	}
	return { inventoryItemId, inventoryItem };
}

/** Inventory → Update Inventory Item: PUT inventory_items/{id}.json with only the fields given. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('inventory_item', { method: 'PUT', path: `inventory_items/${params.inventoryItemId}.json`, body: { inventory_item: params.inventoryItem }, itemIndex })];
}
