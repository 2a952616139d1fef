import type { INodeProperties } from 'n8n-workflow';

import * as getItems from './getItems.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { getItems };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['shop'] } },
		options: [
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
];
