import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { custom, fields, integer, options } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { digitsId } from '../../../shared/node/validation';
import type { ShoplineClient } from '../../api/client';
import { orderId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { notifyCustomer, toTrackingInfoList, tracking } from './fields';

const itemsToFulfill = options({
	displayName: 'Items to Fulfill',
	name: 'itemsToFulfill',
	options: [
		{ name: 'All Remaining Items', value: 'all', description: 'Every line item with its quantity not yet fulfilled' },
		{ name: 'Chosen Line Items', value: 'chosen', description: 'Only the line items and quantities given below' },
	],
	default: 'all',
});

const lineItemId = custom(
	{ displayName: 'Line Item ID', name: 'id', type: 'string', default: '', placeholder: '466157049', description: 'The ID of the line item, as listed in the order' },
	digitsId('use the line item ID as text of digits, e.g. 466157049'),
);

const quantity = integer({ displayName: 'Quantity', name: 'quantity', min: 1, max: 1_000_000, default: 1, description: 'How many of this line item ship in this package' });

const lineItems = custom(
	{
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		displayOptions: { show: { itemsToFulfill: ['chosen'] } },
		options: [{ displayName: 'Line Item', name: 'lineItem', values: [lineItemId.property, quantity.property] }],
	},
	z.object({ lineItem: z.array(z.object({ id: lineItemId.schema, quantity: quantity.schema })).optional() }),
);

const inputFields = fields(orderId, itemsToFulfill, lineItems, tracking('Up to 10 tracking numbers of this package', false), notifyCustomer, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['fulfillment'], operation: ['create'] } }, inputFields.properties);

export const writes = true;

/** Chosen line items: at least one, each once. */
const schema = inputFields.schema.superRefine((value, context) => {
	if (value.itemsToFulfill !== 'chosen') return;
	const items = value.lineItems.lineItem ?? [];
	if (items.length === 0) context.addIssue({ code: z.ZodIssueCode.custom, path: ['lineItems'], message: 'add at least one line item, or fulfill all remaining items' });
	items.forEach((item, index) => {
		if (items.findIndex((other) => other.id === item.id) !== index) {
			context.addIssue({ code: z.ZodIssueCode.custom, path: ['lineItems', 'lineItem', index, 'id'], message: 'give each line item once, with its whole quantity' });
		}
	});
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, { ...inputFields, schema });
}

/** The line items of an order that still have something to ship, with that quantity. */
async function remainingItems(ctx: IExecuteFunctions, client: ShoplineClient, orderId: string, itemIndex: number): Promise<IDataObject[]> {
	const { body } = await client.request({ method: 'GET', path: `orders/${orderId}.json`, qs: { fields: 'id,line_items' }, itemIndex });
	const order = ((body as IDataObject).order ?? {}) as IDataObject;
	const lines = Array.isArray(order.line_items) ? (order.line_items as IDataObject[]) : [];
	const remaining = lines
		.filter((line) => typeof line.id === 'string' || typeof line.id === 'number')
		.map((line) => ({ id: String(line.id), quantity: Number(line.fulfillable_quantity ?? line.quantity ?? 0) }))
		.filter((line) => Number.isInteger(line.quantity) && line.quantity > 0);
	if (remaining.length === 0) {
		throw new NodeOperationError(ctx.getNode(), `Order ${orderId} has nothing left to fulfill`, {
			itemIndex,
			description: 'Every line item of the order is already fulfilled (or the order has none). Nothing was sent.',
		});
	}
	return remaining;
}

/**
 * Fulfillment → Create: POST orders/{id}/fulfillments.json. With "All Remaining Items" the
 * order is read first for its unfulfilled quantities. The POST is retried only on 429.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const lineItems: IDataObject[] =
		params.itemsToFulfill === 'all' ? await remainingItems(this, client, params.orderId, itemIndex) : (params.lineItems.lineItem ?? []).map((line) => ({ id: line.id, quantity: line.quantity }));
	const fulfillment: IDataObject = { line_items: lineItems, notify_customer: params.notifyCustomer };
	const trackingInfoList = toTrackingInfoList(params.tracking.trackingInfo);
	if (trackingInfoList.length > 0) fulfillment.tracking_info_list = trackingInfoList;
	return [await client.record('fulfillment', { method: 'POST', path: `orders/${params.orderId}/fulfillments.json`, body: { fulfillment }, itemIndex })];
}
