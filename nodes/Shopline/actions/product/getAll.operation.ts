import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, returnAllAndLimit, returnAllAndLimitShape, simplifyShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { oneOf, optionalText } from '../../../shared/node/validation';
import { optionalShoplineId, shoplineIdList } from '../common/ids';
import { SIMPLE_PRODUCT_FIELDS, simplifyProduct } from '../../model/simplifyProduct';
import type { ShoplineClient } from '../../api/client';
import { cursorList, cursorPagingOptions, cursorPagingShape } from '../common/paging';
import { shoplineOptions } from '../common/runOptions';
import { collectionFilter, dateFilters, dateFilterShape, fieldsOption, fieldsSchema, refineDateOrder, simplifyProductField, statusFilter, toDateQuery } from '../common/fields';

const [maxPagesOption, pageSizeOption] = cursorPagingOptions('Products');

const properties: INodeProperties[] = [
	...returnAllAndLimit,
	simplifyProductField,
	filtersCollection([
		collectionFilter,
		...dateFilters,
		{ displayName: 'Handle', name: 'handle', type: 'string', default: '', placeholder: 'product-handle', description: 'Only the product with this handle' },
		{ displayName: 'IDs', name: 'ids', type: 'string', default: '', placeholder: '16057850264845250791280282,16057850264845250333280282', description: 'Only these products (comma-separated IDs)' },
		{ displayName: 'Product Category', name: 'productCategory', type: 'string', default: '', placeholder: 'Electronics' },
		{ displayName: 'Since ID', name: 'sinceId', type: 'string', default: '', description: 'Only products after this ID' },
		statusFilter,
		{ displayName: 'Title', name: 'title', type: 'string', default: '' },
		{ displayName: 'Vendor', name: 'vendor', type: 'string', default: '' },
	]),
	shoplineOptions([
	fieldsOption,
	maxPagesOption,
	{
		displayName: 'Order By',
		name: 'orderBy',
		type: 'options',
		options: [
			{ name: 'Created: Newest First', value: 'created_at_desc' },
			{ name: 'Created: Oldest First', value: 'created_at_asc' },
		],
		default: 'created_at_desc',
	},
	pageSizeOption,
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['getAll'] } }, properties);

const schema = z.object({
	...returnAllAndLimitShape,
	...simplifyShape,
	filters: z
	.object({
		collectionId: optionalShoplineId,
		handle: optionalText('use a product handle such as product-handle', 255),
		ids: shoplineIdList.optional(),
		productCategory: optionalText('use the category as text', 255),
		sinceId: optionalShoplineId,
		status: oneOf(['active', 'draft', 'archived'] as const).optional(),
		title: optionalText('use the title as text', 255),
		vendor: optionalText('use the vendor as text', 255),
		...dateFilterShape,
	})
	.superRefine(refineDateOrder),
	options: z.object({
	fields: fieldsSchema,
	orderBy: oneOf(['created_at_asc', 'created_at_desc'] as const).optional(),
	...cursorPagingShape,
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Product → Get Many: GET products/products.json, following the link header's next page. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters, options } = params;
	const fields = options.fields ?? (params.simplify ? SIMPLE_PRODUCT_FIELDS : undefined);
	const products = await cursorList(
		client,
		{
			path: 'products/products.json',
			listKey: 'products',
			filters: {
				collection_id: filters.collectionId,
				handle: filters.handle,
				ids: filters.ids,
				product_category: filters.productCategory,
				since_id: filters.sinceId,
				status: filters.status,
				title: filters.title,
				vendor: filters.vendor,
				order_by: options.orderBy,
				...toDateQuery(filters),
			},
		},
		{ ...params, options: { ...options, fields } },
		itemIndex,
	);
	return params.simplify ? products.map((product) => simplifyProduct(product, client.admin)) : products;
}
