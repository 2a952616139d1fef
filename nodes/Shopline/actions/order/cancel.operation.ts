import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { flag, optionalText } from '../../../shared/node/validation';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { orderIdField } from './fields';

const properties: INodeProperties[] = [
	orderIdField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Notify Customer', name: 'notifyCustomer', type: 'boolean', default: false, description: 'Whether SHOPLINE emails the buyer about the cancellation' },
			{ displayName: 'Reason', name: 'reason', type: 'string', default: '', placeholder: 'Out of stock', description: 'Why the order is cancelled, kept on the order' },
			{ displayName: 'Restock', name: 'restock', type: 'boolean', default: false, description: 'Whether the items go back into inventory' },
		],
	},
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['order'], operation: ['cancel'] } }, properties);

export const writes = true;

const schema = z.object({
	orderId: shoplineId,
	additionalFields: z.object({
		notifyCustomer: flag().optional(),
		reason: optionalText('use the reason as text', 500),
		restock: flag().optional(),
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Order → Cancel: POST orders/{id}/cancel.json with the reason, restock and email flags given.
 * Refund amounts are left to SHOPLINE's defaults. Retried only on 429.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { reason, restock, notifyCustomer } = params.additionalFields;
	const body: IDataObject = { cancel_reason: reason, restock, email: notifyCustomer };
	for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
	const answer = await client.request({ method: 'POST', path: `orders/${params.orderId}/cancel.json`, body, itemIndex });
	return [((answer.body as IDataObject).order ?? answer.body) as IDataObject];
}
