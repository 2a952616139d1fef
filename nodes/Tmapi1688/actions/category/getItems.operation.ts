import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { flag, oneOf, optionalDecimal, validateInput } from '../../../shared/validation';
import type { TmapiClient } from '../../transport';
import { fetchPages } from '../../transport/pagination';
import { listOptions, listOutput, pageQuery, readListSettings, returnAllAndLimit } from '../common/list';
import { languageOption } from '../common/language';
import { categoryIdField, categoryIdSchema, sharedCategoryFilters } from './fields';

const LANGUAGES = ['en', 'zh', 'ru', 'vi', 'ja', 'ko'] as const;
const SORTS = ['default', 'sales', 'price_up', 'price_down'] as const;

const properties: INodeProperties[] = [
	categoryIdField,
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
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
			{
				displayName: 'New Arrivals Only',
				name: 'newArrival',
				type: 'boolean',
				default: true,
				description: 'Whether to return only new products',
			},
			...sharedCategoryFilters('is_super_factory'),
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			languageOption(LANGUAGES, 'en'),
			{
				displayName: 'Sort By',
				name: 'sort',
				type: 'options',
				options: [
					{ name: 'Default', value: 'default' },
					{ name: 'Price: High to Low', value: 'price_down' },
					{ name: 'Price: Low to High', value: 'price_up' },
					{ name: 'Sales', value: 'sales' },
				],
				default: 'default',
			},
			...listOptions(true),
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['category'], operation: ['getItems'] } }, properties);

const labels = {
	categoryId: 'Category ID',
	'filters.priceStart': 'Min Price',
	'filters.priceEnd': 'Max Price',
	'filters.newArrival': 'New Arrivals Only',
	'filters.supportDropshipping': 'Supports Dropshipping Only',
	'filters.freeShipping': 'Free Shipping Only',
	'filters.superFactory': 'Super Factories Only',
	language: 'Language',
	sort: 'Sort By',
};

const price = optionalDecimal('use a price such as 10 or 9.90');

const schema = z.object({
	categoryId: categoryIdSchema,
	filters: z
		.object({
			priceStart: price,
			priceEnd: price,
			newArrival: flag().optional(),
			supportDropshipping: flag().optional(),
			freeShipping: flag().optional(),
			superFactory: flag().optional(),
		})
		.superRefine((filters, context) => {
			if (filters.priceStart !== undefined && filters.priceEnd !== undefined && Number(filters.priceStart) > Number(filters.priceEnd)) {
				context.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['priceEnd'],
					message: `Max Price must not be lower than Min Price (${filters.priceStart})`,
				});
			}
		}),
	language: oneOf(LANGUAGES).default('en'),
	sort: oneOf(SORTS).default('default'),
});

/** Category → Get Many Items: GET /1688/category/items/v2, every page the list needs. */
export async function execute(this: IExecuteFunctions, itemIndex: number, client: TmapiClient): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const params = validateInput(
		this.getNode(),
		schema,
		{
			categoryId: this.getNodeParameter('categoryId', itemIndex),
			filters: this.getNodeParameter('filters', itemIndex, {}),
			language: options.language,
			sort: options.sort,
		},
		labels,
		itemIndex,
	);
	const { filters } = params;
	const settings = readListSettings(this, itemIndex, true);
	const pages = await fetchPages(client, {
		path: '/1688/category/items/v2',
		qs: {
			cat_id: params.categoryId,
			language: params.language,
			sort: params.sort,
			price_start: filters.priceStart,
			price_end: filters.priceEnd,
			new_arrival: filters.newArrival,
			support_dropshipping: filters.supportDropshipping,
			free_shipping: filters.freeShipping,
			is_super_factory: filters.superFactory,
		},
		...pageQuery(settings, itemIndex),
	});
	return listOutput(pages, settings);
}
