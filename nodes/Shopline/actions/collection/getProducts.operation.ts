import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { limit, limitOf, returnAll } from '../../../shared/node/descriptions';
import { custom, fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';
import { cursorPaging, pageSizeFor } from '../common/paging';
import { shoplineOptionsField } from '../common/runOptions';
import { productFieldsOption } from '../common/fields';
import { collectionId } from './fields';

const anyCollection = custom(
	{ ...collectionId.property, description: 'The collection, custom or smart: pick a custom one from the list (search by title or handle), or give the 26-digit ID of any collection' },
	collectionId.schema,
);

const inputFields = fields(anyCollection, returnAll, limit, shoplineOptionsField(productFieldsOption, ...cursorPaging('Products')));

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['getProducts'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** The products of a collection, page after page: GET products/collections/{id}/products.json. */
export async function collectionProducts(
	client: ShoplineClient,
	query: { collectionId: string; fields?: string; pageSize: number; limit?: number; maxPages: number; itemIndex: number },
): Promise<IDataObject[]> {
	return await fetchCursorPages(client, {
		path: `products/collections/${query.collectionId}/products.json`,
		listKey: 'products',
		filters: {},
		fields: query.fields,
		pageSize: pageSizeFor(query.pageSize, query.limit),
		limit: query.limit,
		maxPages: query.maxPages,
		itemIndex: query.itemIndex,
	});
}

/** Collection → Get Products: one output item per product of the collection. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	return await collectionProducts(client, { collectionId: params.collectionId, fields: options.fields, pageSize: options.pageSize, limit: limitOf(params), maxPages: options.maxPages, itemIndex });
}
