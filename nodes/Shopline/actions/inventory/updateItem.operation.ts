import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { boolean, collection, custom, fields, text } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { optionalDecimal } from '../../../shared/node/validation';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { inventoryItemId } from './fields';

const updateFields = collection({
	displayName: 'Update Fields',
	name: 'updateFields',
	placeholder: 'Add Field to Update',
	unset: 'omit',
	fields: [
		custom(
			{ displayName: 'Cost', name: 'cost', type: 'string', default: '', placeholder: '10.91', description: 'What one unit costs you, e.g. the 1688 price; SHOPLINE rounds it to 2 decimals' },
			optionalDecimal('use a cost such as 10.91'),
		),
		boolean({ displayName: 'Requires Shipping', name: 'requiredShipping', default: true, description: 'Whether the variant has to be shipped' }),
		text({ displayName: 'SKU', name: 'sku', description: "The variant's SKU (at most 255 characters)", expectation: 'use the SKU as text', maxLength: 255 }),
		boolean({
			displayName: 'Track Inventory',
			name: 'tracked',
			default: true,
			description: 'Whether SHOPLINE counts stock for this variant. A tracked variant has 0 available until Set Available gives it a quantity.',
		}),
	] as const,
});

const inputFields = fields(inventoryItemId, updateFields, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['inventory'], operation: ['updateItem'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { inventoryItemId, updateFields: fields } = readInput(this, itemIndex, inputFields);
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
