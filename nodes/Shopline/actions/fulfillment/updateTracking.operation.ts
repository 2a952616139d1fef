import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { flag } from '../../../shared/node/validation';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { orderIdField } from '../order/fields';
import { fulfillmentIdField, notifyCustomerField, toTrackingInfoList, trackingField, trackingSchema } from './fields';

const properties: INodeProperties[] = [
	orderIdField,
	fulfillmentIdField,
	trackingField('The tracking numbers of the package, 1 to 10. They replace all of its tracking info: give every one to keep.'),
	notifyCustomerField,
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['fulfillment'], operation: ['updateTracking'] } }, properties);

export const writes = true;

const schema = z.object({ orderId: shoplineId, fulfillmentId: shoplineId, tracking: trackingSchema(true), notifyCustomer: flag() });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Fulfillment → Update Tracking: POST orders/{order}/fulfillments/{fulfillment}/update_tracking.json,
 * the path of SHOPLINE's reference (order first). Retried only on 429.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('fulfillment', {
		method: 'POST',
		path: `orders/${params.orderId}/fulfillments/${params.fulfillmentId}/update_tracking.json`,
		body: { fulfillment: { tracking_info_list: toTrackingInfoList(params.tracking.trackingInfo), notify_customer: params.notifyCustomer } },
		itemIndex,
	})];
}
