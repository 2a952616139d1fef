import type { INodeProperties } from 'n8n-workflow';

import * as getAll from './getAll.operation';
import * as set from './set.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { getAll, set };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['metafield'] } },
		options: [
			{ name: 'Get Many', value: 'getAll', description: "List a product's metafields", action: "Get many metafields of a product" },
			{ name: 'Set', value: 'set', description: 'Create or update a metafield of a product by namespace and key', action: 'Set a metafield of a product' },
		],
		default: 'getAll',
	},
	...getAll.description,
	...set.description,
];
