import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { draftOrderId } from './fields';

const inputFields = fields(draftOrderId, optionsCollection([...runOptionFieldsOfNode]));

export const description = updateDisplayOptions({ show: { resource: ['draftOrder'], operation: ['get'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Draft Order → Get: SHOPLINE has no read of one draft order, so GET orders/draft_orders.json
 * with ids={id}; the draft whose id is that one, or the item's error naming the field and the ID.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { body } = await client.request({ method: 'GET', path: 'orders/draft_orders.json', qs: { ids: params.draftOrderId }, itemIndex });
	const drafts = (body as IDataObject).draft_orders;
	const draft = Array.isArray(drafts) ? (drafts as IDataObject[]).find((entry) => String(entry?.id) === params.draftOrderId) : undefined;
	if (!draft) {
		throw new NodeOperationError(this.getNode(), `Draft Order ID: the store has no draft order with ID "${params.draftOrderId}"`, {
			itemIndex,
			description: 'Pick the draft order from the list, or use an ID that Draft Order → Get Many or Create outputs.',
		});
	}
	return [draft];
}
