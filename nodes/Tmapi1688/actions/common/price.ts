import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { optionalDecimal } from '../../../shared/node/validation';

/** Price range fields (TMAPI parameters "price_start" and "price_end"). */
export const priceFields: INodeProperties[] = [
	{
		displayName: 'Max Price',
		name: 'priceEnd',
		type: 'string',
		default: '',
		placeholder: '50',
		description: 'Highest price in CNY (TMAPI parameter "price_end")',
	},
	{
		displayName: 'Min Price',
		name: 'priceStart',
		type: 'string',
		default: '',
		placeholder: '10',
		description: 'Lowest price in CNY (TMAPI parameter "price_start")',
	},
];

const price = optionalDecimal('use a price such as 10 or 9.90');

/** The checks of the price range: both optional, Max not below Min. */
export function withPriceRange<T extends z.ZodRawShape>(shape: T) {
	return z.object({ ...shape, priceStart: price, priceEnd: price }).superRefine((filters, context) => {
		const { priceStart, priceEnd } = filters as { priceStart?: string; priceEnd?: string };
		if (priceStart !== undefined && priceEnd !== undefined && Number(priceStart) > Number(priceEnd)) {
			context.addIssue({ code: z.ZodIssueCode.custom, path: ['priceEnd'], message: `Max Price must not be lower than Min Price (${priceStart})` });
		}
	});
}
