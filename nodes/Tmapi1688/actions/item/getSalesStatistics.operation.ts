import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { optionsCollection } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { optionalText } from '../../../shared/node/validation';
import type { TmapiClient } from '../../api/client';
import { tmapiRunOptions } from '../common/runOptions';
import { offerIdField, offerIdSchema } from './fields';

const properties: INodeProperties[] = [
	offerIdField,
	optionsCollection([
		{
			displayName: 'SKU Spec ID',
			name: 'specId',
			type: 'string',
			default: '',
			placeholder: 'b266ee5f5c4d8c7c2b8b3f2e0b3e2c11',
			description: 'Only the sales of this SKU: its "specid" from the product detail (TMAPI parameter "spec_id"). Empty = the whole product.',
		},
		...tmapiRunOptions('TMAPI calls (input items handled side by side)'),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getSalesStatistics'] } }, properties);

const SPEC_ID = 'use the "specid" of a SKU from the product detail (letters, digits, - and _)';

const schema = z.object({
	offerId: offerIdSchema,
	options: z.object({
		specId: optionalText(SPEC_ID, 64).pipe(z.string().regex(/^[A-Za-z0-9_-]+$/, SPEC_ID).optional()),
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Item → Get Sales Statistics: GET /1688/item/statistics/sales — sales of the last 30 days,
 * totals and the daily trend ("sales_trend"), as one item.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const statistics = await client.request({
		method: 'GET',
		path: '/1688/item/statistics/sales',
		qs: { item_id: params.offerId, spec_id: params.options.specId },
		itemIndex,
	});
	const result: IDataObject = { item_id: params.offerId, ...statistics };
	if (params.options.specId !== undefined) result.spec_id = params.options.specId;
	return [result];
}
