import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, limit, returnAll } from '../../../shared/node/descriptions';
import { custom, fields, options, sentOnlyIfAdded, text, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { optionalShoplineId, shoplineIdList } from '../common/ids';
import { SIMPLE_PRODUCT_FIELDS, simplifyProduct } from '../../model/simplifyProduct';
import type { ShoplineClient } from '../../api/client';
import { cursorList, cursorPaging } from '../common/paging';
import { shoplineOptionsField } from '../common/runOptions';
import { addSources, include1688SourceFields, withSourceFields } from './source1688';
import { collectionFilter, dateFilters, productFieldsOption, refineDateOrder, simplifyProductField, statusFilter, toDateQuery } from '../common/fields';

/** The filters of Get Many, sorted by name. */
const listFilters = [
	collectionFilter,
	...dateFilters,
	text({ displayName: 'Handle', name: 'handle', placeholder: 'product-handle', description: 'Only the product with this handle', expectation: 'use a product handle such as product-handle', maxLength: 255 }),
	custom(
		{ displayName: 'IDs', name: 'ids', type: 'string', default: '', placeholder: '16057850264845250791280282,16057850264845250333280282', description: 'Only these products (comma-separated IDs)' },
		shoplineIdList.optional(),
	),
	text({ displayName: 'Product Category', name: 'productCategory', placeholder: 'Electronics', expectation: 'use the category as text', maxLength: 255 }),
	custom({ displayName: 'Since ID', name: 'sinceId', type: 'string', default: '', description: 'Only products after this ID' }, optionalShoplineId),
	statusFilter,
	text({ displayName: 'Title', name: 'title', expectation: 'use the title as text', maxLength: 255 }),
	text({ displayName: 'Vendor', name: 'vendor', expectation: 'use the vendor as text', maxLength: 255 }),
] as const;

const orderByChoice = options({
	displayName: 'Order By',
	name: 'orderBy',
	options: [
		{ name: 'Created: Newest First', value: 'created_at_desc' },
		{ name: 'Created: Oldest First', value: 'created_at_asc' },
	],
	default: 'created_at_desc',
	values: ['created_at_asc', 'created_at_desc'],
});

/** Sent only when added: SHOPLINE's own order applies otherwise. */
const orderBy = sentOnlyIfAdded(orderByChoice);

const [maxPages, pageSize] = cursorPaging('Products');

const inputFields = fields(returnAll, limit, simplifyProductField, filtersCollection(listFilters, refineDateOrder), shoplineOptionsField(productFieldsOption, ...include1688SourceFields, maxPages, orderBy, pageSize));

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['getAll'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Product → Get Many: GET products/products.json, following the link header's next page. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters: given, options } = params;
	const chosen = options.fields ?? (params.simplify ? SIMPLE_PRODUCT_FIELDS : undefined);
	const fields = options.include1688Source ? withSourceFields(chosen) : chosen;
	const query = {
		collection_id: given.collectionId,
		handle: given.handle,
		ids: given.ids,
		product_category: given.productCategory,
		since_id: given.sinceId,
		status: given.status,
		title: given.title,
		vendor: given.vendor,
		order_by: options.orderBy,
		...toDateQuery(given),
	};
	const products = await cursorList(client, { path: 'products/products.json', listKey: 'products', filters: query }, { ...params, options: { ...options, fields } }, itemIndex);
	const shown = params.simplify ? products.map((product) => simplifyProduct(product, client.admin)) : products;
	return options.include1688Source ? await addSources(client, products, shown, options.only1688, itemIndex) : shown;
}
