import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { collection, custom, fields, text } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { optionalText, text as requiredText } from '../../../shared/node/validation';
import type { ShoplineClient } from '../../api/client';
import { tags } from '../../model/productLists';
import { orderId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const emailText = text({ displayName: 'Email', name: 'email', placeholder: 'name@email.com', description: "The buyer's email address", expectation: 'use an email address such as name@email.com', maxLength: 64 });
const email = { ...emailText, schema: emailText.schema.refine((value) => value === undefined || EMAIL.test(value), 'use an email address such as name@email.com') };

const phoneText = text({ displayName: 'Phone', name: 'phone', placeholder: '13100000000', description: "The buyer's phone number", expectation: 'use the phone number as text', maxLength: 32 });
const phone = { ...phoneText, schema: phoneText.schema.refine((value) => value === undefined || /^\+?[\d\s()-]{3,32}$/.test(value), 'use a phone number of digits, e.g. 13100000000') };

const orderTags = custom(
	{ displayName: 'Tags', name: 'tags', type: 'string', default: '', placeholder: 'VIP,Wholesale', description: "Comma-separated tags; they replace the order's tags" },
	tags,
);

const updateFields = collection({ displayName: 'Update Fields', name: 'updateFields', placeholder: 'Add Field to Update', unset: 'omit', fields: [email, phone, orderTags] });

const noteName = custom({ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'Note source' }, requiredText('use a name for the note, e.g. Note source'));
const noteValue = custom(
	{ displayName: 'Value', name: 'value', type: 'string', default: '', placeholder: 'Packed by Anna' },
	optionalText('use the note as text', 1000).transform((value) => value ?? ''),
);

const noteAttributes = custom(
	{
		displayName: 'Note Attributes',
		name: 'noteAttributes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Note Attribute',
		default: {},
		description: "The merchant's notes on the order as name/value pairs; given ones replace the order's list",
		options: [{ displayName: 'Note Attribute', name: 'noteAttribute', values: [noteName.property, noteValue.property] }],
	},
	z.object({ noteAttribute: z.array(z.object({ name: noteName.schema, value: noteValue.schema })).optional() }),
);

const inputFields = fields(orderId, updateFields, noteAttributes, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['update'] } }, inputFields.properties);

export const writes = true;


export function input(this: IExecuteFunctions, itemIndex: number) {
	const params = readInput(this, itemIndex, inputFields);
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
