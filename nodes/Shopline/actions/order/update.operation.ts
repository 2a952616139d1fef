import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { optionalText, text } from '../../../shared/node/validation';
import { shoplineId } from '../common/ids';
import { tags } from '../../model/productLists';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { orderIdField } from './fields';

const properties: INodeProperties[] = [
	orderIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field to Update',
		default: {},
		options: [
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: "The buyer's email address" },
			{ displayName: 'Phone', name: 'phone', type: 'string', default: '', placeholder: '13100000000', description: "The buyer's phone number" },
			{ displayName: 'Tags', name: 'tags', type: 'string', default: '', placeholder: 'VIP,Wholesale', description: "Comma-separated tags; they replace the order's tags" },
		],
	},
	{
		displayName: 'Note Attributes',
		name: 'noteAttributes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Note Attribute',
		default: {},
		description: "The merchant's notes on the order as name/value pairs; given ones replace the order's list",
		options: [
			{
				displayName: 'Note Attribute',
				name: 'noteAttribute',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'Note source' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'Packed by Anna' },
				],
			},
		],
	},
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['update'] } }, properties);

export const writes = true;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const schema = z.object({
	orderId: shoplineId,
	updateFields: z.object({
		email: optionalText('use an email address such as name@email.com', 64).refine((value) => value === undefined || EMAIL.test(value), 'use an email address such as name@email.com'),
		phone: optionalText('use the phone number as text', 32).refine((value) => value === undefined || /^\+?[\d\s()-]{3,32}$/.test(value), 'use a phone number of digits, e.g. 13100000000'),
		tags,
	}),
	noteAttributes: z.object({
		noteAttribute: z
			.array(z.object({ name: text('use a name for the note, e.g. Note source'), value: optionalText('use the note as text', 1000).transform((value) => value ?? '') }))
			.optional(),
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	const params = readInput(this, itemIndex, properties, schema);
	const { email, phone, tags: orderTags } = params.updateFields;
	const order: IDataObject = { email, phone, tags: orderTags };
	if (params.noteAttributes.noteAttribute !== undefined) order.note_attributes = params.noteAttributes.noteAttribute;
	for (const key of Object.keys(order)) if (order[key] === undefined) delete order[key];
	if (Object.keys(order).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Update Fields: nothing to update — add at least one field or note attribute', { itemIndex });
	}
	return { orderId: params.orderId, order };
}

/** Order → Update: PUT orders/{id}.json with only the fields given. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('order', { method: 'PUT', path: `orders/${params.orderId}.json`, body: { order: params.order }, itemIndex })];
}
