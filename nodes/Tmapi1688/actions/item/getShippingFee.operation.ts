import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { collection, custom, fields, integer, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { isBlank, text } from '../../../shared/node/validation';
import type { TmapiClient } from '../../api/client';
import { tmapiRunFields } from '../common/runOptions';
import { offerId } from './fields';

const PROVINCE = 'use a Chinese province such as Guangdong or gd, or its name in Chinese';
const WEIGHT = 'use a weight in kilograms such as 2 or 0.75';

const province = custom(
	{
		displayName: 'Province',
		name: 'province',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Guangdong',
		description:
			'The Chinese province the goods are shipped to, e.g. "Guangdong" or its short form "gd" (TMAPI parameter "province"). Its name in Chinese works too.',
	},
	text(PROVINCE).pipe(z.string().max(30, PROVINCE).regex(/^[\p{L}\s.'-]+$/u, PROVINCE)),
);

const totalQuantity = integer({
	displayName: 'Total Quantity',
	name: 'totalQuantity',
	min: 1,
	max: 10_000_000,
	default: 1,
	description: 'Number of pieces to ship (TMAPI parameter "total_quantity"; TMAPI assumes 1)',
});

const totalWeight = custom(
	{
		displayName: 'Total Weight (Kg)',
		name: 'totalWeight',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 3 },
		default: 0,
		description:
			'Weight of the whole shipment in kilograms (TMAPI parameter "total_weight"), e.g. from the SKU weights of the product detail. 0 or empty = not sent.',
	},
	z.preprocess(
		(value) => (isBlank(value) || value === 0 || value === '0' ? undefined : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value),
		z.number({ invalid_type_error: WEIGHT }).positive(WEIGHT).max(100_000, WEIGHT).optional(),
	),
);

// Options not added are not sent (TMAPI has its own defaults): unset 'omit'.
const shippingOptions = collection({
	displayName: 'Options',
	name: 'options',
	placeholder: 'Add Option',
	unset: 'omit',
	fields: [totalQuantity, totalWeight, ...tmapiRunFields('TMAPI calls (input items handled side by side)')],
});

const inputFields = fields(offerId, province, shippingOptions);

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getShippingFee'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Item → Get Shipping Fee: GET /1688/item/shipping — the domestic (China) freight to one province. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	const fee = await client.request({
		method: 'GET',
		path: '/1688/item/shipping',
		qs: {
			item_id: params.offerId,
			province: params.province,
			total_quantity: options.totalQuantity,
			total_weight: options.totalWeight,
		},
		itemIndex,
	});
	return [{ item_id: params.offerId, province: params.province, ...fee }];
}
