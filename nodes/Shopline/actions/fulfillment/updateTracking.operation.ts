import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { orderId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { fulfillmentId, notifyCustomer, toTrackingInfoList, tracking } from './fields';

const inputFields = fields(
	orderId,
	fulfillmentId,
	tracking('The tracking numbers of the package, 1 to 10. They replace all of its tracking info: give every one to keep.', true),
	notifyCustomer,
	shoplineOptionsField(),
);

export const description = updateDisplayOptions({ show: { resource: ['fulfillment'], operation: ['updateTracking'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Fulfillment → Update Tracking: POST orders/{order}/fulfillments/{fulfillment}/update_tracking.json,
 * the path of SHOPLINE's reference (order first). Retried only on 429.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('fulfillment', {
		method: 'POST',
		path: `orders/${params.orderId}/fulfillments/${params.fulfillmentId}/update_tracking.json`,
		body: { fulfillment: { tracking_info_list: toTrackingInfoList(params.tracking.trackingInfo), notify_customer: params.notifyCustomer } },
		itemIndex,
	})];
}
