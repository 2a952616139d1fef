import type { INodeProperties } from 'n8n-workflow';

import * as complete from './complete.operation';
import * as create from './create.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { complete, create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['draftOrder'] } },
		options: [
			{ name: 'Complete', value: 'complete', description: 'Turn an open draft order into an order', action: 'Complete a draft order' },
			{ name: 'Create', value: 'create', description: "Create a draft order from variants of the store's products and their quantities", action: 'Create a draft order' },
		],
		default: 'create',
	},
	...create.description,
	...complete.description,
];
