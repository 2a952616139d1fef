import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { collection, custom, fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { optionalText } from '../../../shared/node/validation';
import type { TmapiClient } from '../../api/client';
import { tmapiRunFields } from '../common/runOptions';
import { offerId } from './fields';

const SPEC_ID = 'use the "specid" of a SKU from the product detail (letters, digits, - and _)';

const specId = custom(
	{
		displayName: 'SKU Spec ID',
		name: 'specId',
		type: 'string',
		default: '',
		placeholder: 'b266ee5f5c4d8c7c2b8b3f2e0b3e2c11',
		description: 'Only the sales of this SKU: its "specid" from the product detail (TMAPI parameter "spec_id"). Empty = the whole product.',
	},
	optionalText(SPEC_ID, 64).pipe(z.string().regex(/^[A-Za-z0-9_-]+$/, SPEC_ID).optional()),
);

// Not added: the whole product (spec_id not sent).
const salesOptions = collection({
	displayName: 'Options',
	name: 'options',
	placeholder: 'Add Option',
	unset: 'omit',
	fields: [specId, ...tmapiRunFields('TMAPI calls (input items handled side by side)')],
});

const inputFields = fields(offerId, salesOptions);

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getSalesStatistics'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Item → Get Sales Statistics: GET /1688/item/statistics/sales — sales of the last 30 days,
 * totals and the daily trend ("sales_trend"), as one item.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
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
