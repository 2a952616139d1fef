import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, limitOf, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { integer } from '../../../shared/node/validation';
import { optionalShoplineId, shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';
import { shoplineOptions } from '../common/runOptions';
import { fieldsSchema, productIdField } from '../common/fields';
import { variantFieldsOption } from './fields';

/** A product has at most 500 variants: 1,000 pages of one is a loop, not a list. */
const MAX_PAGES = 1000;

const properties: INodeProperties[] = [
	productIdField,
	...returnAllAndLimit,
	filtersCollection([{ displayName: 'Since ID', name: 'sinceId', type: 'string', default: '', description: 'Only variants after this variant ID' }]),
	shoplineOptions([
		variantFieldsOption,
		{
			displayName: 'Page Size',
			name: 'pageSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 250 },
			default: 250,
			description: 'Variants per request, 1 to 250. A product has at most 500 variants.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['getAll'] } }, properties);

const schema = z.object({
	productId: shoplineId,
	...returnAllAndLimitShape,
	filters: z.object({ sinceId: optionalShoplineId }),
	options: z.object({ fields: fieldsSchema, pageSize: integer(1, 250).default(250) }),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Variant → Get Many: GET products/{id}/variants.json, following the link header's next page. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	const limit = limitOf(params);
	return await fetchCursorPages(client, {
		path: `products/${params.productId}/variants.json`,
		listKey: 'variants',
		filters: { since_id: params.filters.sinceId },
		fields: options.fields,
		pageSize: limit === undefined ? options.pageSize : Math.min(options.pageSize, limit),
		limit,
		maxPages: MAX_PAGES,
		itemIndex,
	});
}
