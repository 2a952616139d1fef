import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { flag, validateInput } from '../../../shared/validation';
import type { TmapiClient } from '../../transport';
import { fetchPages } from '../../transport/pagination';
import { listOptions, listOutput, pageQuery, readListSettings, returnAllAndLimit } from '../common/list';
import { categoryIdField, categoryIdSchema, sharedCategoryFilters } from './fields';

const properties: INodeProperties[] = [
	{
		displayName:
			'This is the first version of the endpoint: Chinese titles, no sorting, no page size. Prefer Get Many Items unless you need its data.',
		name: 'v1Notice',
		type: 'notice',
		default: '',
	},
	categoryIdField,
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			...sharedCategoryFilters('super_factory'),
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: listOptions(false),
	},
];

export const description = updateDisplayOptions({ show: { resource: ['category'], operation: ['getItemsV1'] } }, properties);

const labels = {
	categoryId: 'Category ID',
	'filters.superFactory': 'Super Factories Only',
	'filters.supportDropshipping': 'Supports Dropshipping Only',
	'filters.freeShipping': 'Free Shipping Only',
};

const schema = z.object({
	categoryId: categoryIdSchema,
	filters: z.object({
		superFactory: flag().optional(),
		supportDropshipping: flag().optional(),
		freeShipping: flag().optional(),
	}),
});

/** Category → Get Many Items (v1): GET /1688/category/items, page after page while has_next_page. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: TmapiClient): Promise<IDataObject[]> {
	const params = validateInput(
		this.getNode(),
		schema,
		{ categoryId: this.getNodeParameter('categoryId', itemIndex), filters: this.getNodeParameter('filters', itemIndex, {}) },
		labels,
		itemIndex,
	);
	const settings = readListSettings(this, itemIndex, false);
	const pages = await fetchPages(client, {
		path: '/1688/category/items',
		qs: {
			cat_id: params.categoryId,
			super_factory: params.filters.superFactory,
			support_dropshipping: params.filters.supportDropshipping,
			free_shipping: params.filters.freeShipping,
		},
		...pageQuery(settings, itemIndex),
	});
	return listOutput(pages, settings);
}
