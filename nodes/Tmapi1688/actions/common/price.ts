import { z } from 'zod';

import { custom, type Field } from '../../../shared/node/field';
import { optionalDecimal } from '../../../shared/node/validation';

const price = optionalDecimal('use a price such as 10 or 9.90');

/** Price range fields (TMAPI parameters "price_start" and "price_end"), for a Filters collection with `priceOrder`. */
export const priceRange = [
	custom({ displayName: 'Max Price', name: 'priceEnd', type: 'string', default: '', placeholder: '50', description: 'Highest price in CNY (TMAPI parameter "price_end")' }, price),
	custom({ displayName: 'Min Price', name: 'priceStart', type: 'string', default: '', placeholder: '10', description: 'Lowest price in CNY (TMAPI parameter "price_start")' }, price),
] as const;

/** The same field, its description followed by `note`. */
const noted = <N extends string, S extends z.ZodTypeAny>(field: Field<N, S>, note: string): Field<N, S> =>
	custom({ ...field.property, description: `${field.property.description}. ${note}` }, field.schema);

/** The price range with a note on when it is sent. */
export const notedPriceRange = (note: string) => [noted(priceRange[0], note), noted(priceRange[1], note)] as const;

/** The rule across the price range: Max not below Min. */
export function priceOrder(filters: { priceStart?: string; priceEnd?: string }, context: z.RefinementCtx): void {
	const { priceStart, priceEnd } = filters;
	if (priceStart !== undefined && priceEnd !== undefined && Number(priceStart) > Number(priceEnd)) {
		context.addIssue({ code: z.ZodIssueCode.custom, path: ['priceEnd'], message: `Max Price must not be lower than Min Price (${priceStart})` });
	}
}
