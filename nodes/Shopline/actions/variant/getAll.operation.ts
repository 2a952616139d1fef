import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, limit, limitOf, returnAll } from '../../../shared/node/descriptions';
import { custom, fields, integer, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';
import { productId } from '../common/fields';
import { optionalShoplineId } from '../common/ids';
import { shoplineOptionsField } from '../common/runOptions';
import { variantFieldsOption } from './fields';

/** A product has at most 500 variants: 1,000 pages of one is a loop, not a list. */
const MAX_PAGES = 1000;

const sinceId = custom({ displayName: 'Since ID', name: 'sinceId', type: 'string', default: '', description: 'Only variants after this variant ID' }, optionalShoplineId);

const pageSize = integer({
	displayName: 'Page Size',
	name: 'pageSize',
	min: 1,
	max: 250,
	default: 250,
	description: 'Variants per request, 1 to 250. A product has at most 500 variants.',
});

const inputFields = fields(productId, returnAll, limit, filtersCollection([sinceId]), shoplineOptionsField(variantFieldsOption, pageSize));

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['getAll'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Variant → Get Many: GET products/{id}/variants.json, following the link header's next page. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
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
