import type { INodeProperties } from 'n8n-workflow';

import * as getDetail from './getDetail.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { getDetail };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['item'] } },
		options: [
			{
				name: 'Get Detail',
				value: 'getDetail',
				description: 'Get the full detail of one product: SKUs, prices, stock, shop',
				action: 'Get the detail of an item',
			},
		],
		default: 'getDetail',
	},
	...getDetail.description,
];
