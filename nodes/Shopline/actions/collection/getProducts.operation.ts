import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { limitOf, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';
import { cursorPagingOptions, cursorPagingShape, pageSizeFor } from '../common/paging';
import { shoplineOptions } from '../common/runOptions';
import { fieldsOption, fieldsSchema } from '../common/fields';
import { collectionIdField } from './fields';

const properties: INodeProperties[] = [
	{ ...collectionIdField, description: 'The collection, custom or smart: pick a custom one from the list (search by title or handle), or give the 26-digit ID of any collection' },
	...returnAllAndLimit,
	shoplineOptions([fieldsOption, ...cursorPagingOptions('Products')]),
];

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['getProducts'] } }, properties);

const schema = z.object({
	collectionId: shoplineId,
	...returnAllAndLimitShape,
	options: z.object({ fields: fieldsSchema, ...cursorPagingShape }),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
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
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	return await collectionProducts(client, { collectionId: params.collectionId, fields: options.fields, pageSize: options.pageSize, limit: limitOf(params), maxPages: options.maxPages, itemIndex });
}
