import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/node/descriptions';
import { fields } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { additionalFields, lineItems, toDraftOrderBody } from './fields';

const inputFields = fields(lineItems, additionalFields, optionsCollection([...runOptionFieldsOfNode]));

export const description = updateDisplayOptions({ show: { resource: ['draftOrder'], operation: ['create'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return { draftOrder: toDraftOrderBody(readInput(this, itemIndex, inputFields)) };
}

/** Draft Order → Create: POST orders/draft_orders.json. Retried only on 429 (a 5xx may have created it). */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('draft_order', { method: 'POST', path: 'orders/draft_orders.json', body: { draft_order: params.draftOrder }, itemIndex })];
}
