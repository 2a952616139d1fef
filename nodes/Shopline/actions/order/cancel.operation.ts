import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { boolean, collection, fields, text, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { orderId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';

const additionalFields = collection({
	displayName: 'Additional Fields',
	name: 'additionalFields',
	placeholder: 'Add Field',
	unset: 'omit',
	fields: [
		boolean({ displayName: 'Notify Customer', name: 'notifyCustomer', default: false, description: 'Whether SHOPLINE emails the buyer about the cancellation' }),
		text({ displayName: 'Reason', name: 'reason', placeholder: 'Out of stock', description: 'Why the order is cancelled, kept on the order', expectation: 'use the reason as text', maxLength: 500 }),
		boolean({ displayName: 'Restock', name: 'restock', default: false, description: 'Whether the items go back into inventory' }),
	],
});

const inputFields = fields(orderId, additionalFields, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['cancel'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Order → Cancel: POST orders/{id}/cancel.json with the reason, restock and email flags given.
 * Refund amounts are left to SHOPLINE's defaults. Retried only on 429.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { reason, restock, notifyCustomer } = params.additionalFields;
	const body: IDataObject = { cancel_reason: reason, restock, email: notifyCustomer };
	for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
	return [await client.record('order', { method: 'POST', path: `orders/${params.orderId}/cancel.json`, body, itemIndex })];
}
