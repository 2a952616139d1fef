import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { draftOrderId } from './fields';

const inputFields = fields(draftOrderId, optionsCollection([...runOptionFieldsOfNode]));

export const description = updateDisplayOptions({ show: { resource: ['draftOrder'], operation: ['complete'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Draft Order → Complete: PUT orders/draft_orders/{id}/complete.json. SHOPLINE turns the draft
 * into an order; the answer is the draft, with the new order's ID in order_id. Retried only on 429.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('draft_order', { method: 'PUT', path: `orders/draft_orders/${params.draftOrderId}/complete.json`, itemIndex })];
}
