import type { INodeProperties } from 'n8n-workflow';

import * as getCategories from './getCategories.operation';
import * as getInfo from './getInfo.operation';
import * as getItems from './getItems.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { getItems, getInfo, getCategories };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['shop'] } },
		options: [
			{
				name: 'Get Categories',
				value: 'getCategories',
				description: "Get the shop's own category tree (the IDs Get Many Items filters by)",
				action: 'Get the categories of a shop',
			},
			{
				name: 'Get Info',
				value: 'getInfo',
				description: 'Get a shop\'s company, ratings, years on 1688 and factory flags, by shop URL or member ID',
				action: 'Get the info of a shop',
			},
			{
				name: 'Get Many Items',
				value: 'getItems',
				description: "Get the products of a 1688 shop by its URL",
				action: "Get many items of a shop",
			},
		],
		default: 'getItems',
	},
	...getItems.description,
	...getInfo.description,
	...getCategories.description,
];
