import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { draftOrderId } from './fields';

const inputFields = fields(draftOrderId, optionsCollection([...runOptionFieldsOfNode]));

export const description = updateDisplayOptions({ show: { resource: ['draftOrder'], operation: ['delete'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Draft Order → Delete: DELETE orders/draft_orders/{id}.json; outputs {id, deleted: true}. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	await client.request({ method: 'DELETE', path: `orders/draft_orders/${params.draftOrderId}.json`, itemIndex });
	return [{ id: params.draftOrderId, deleted: true }];
}
