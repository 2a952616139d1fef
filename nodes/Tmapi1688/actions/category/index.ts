import type { INodeProperties } from 'n8n-workflow';

import * as getInfo from './getInfo.operation';
import * as getItems from './getItems.operation';
import * as getItemsV1 from './getItemsV1.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { getInfo, getItems, getItemsV1 };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['category'] } },
		options: [
			{
				name: 'Get Info',
				value: 'getInfo',
				description: 'Get a category with its subcategories (or the top-level categories), optionally the whole tree below it',
				action: 'Get the info of a category',
			},
			{
				name: 'Get Many Items',
				value: 'getItems',
				description: 'Get the products of a category, translated, sorted and filtered (v2 endpoint)',
				action: 'Get many items of a category',
			},
			{
				name: 'Get Many Items (V1)',
				value: 'getItemsV1',
				description: 'Get the products of a category with the first version of the endpoint',
				action: 'Get many items of a category with the v1 endpoint',
			},
		],
		default: 'getItems',
	},
	...getInfo.description,
	...getItems.description,
	...getItemsV1.description,
];
