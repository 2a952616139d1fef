import type { INodeProperties } from 'n8n-workflow';

import * as complete from './complete.operation';
import * as count from './count.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { complete, count, create, delete: del, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['draftOrder'] } },
		options: [
			{ name: 'Complete', value: 'complete', description: 'Turn an open draft order into an order', action: 'Complete a draft order' },
			{ name: 'Count', value: 'count', description: 'Count draft orders, by status and update time', action: 'Count draft orders' },
			{ name: 'Create', value: 'create', description: "Create a draft order from variants of the store's products and their quantities", action: 'Create a draft order' },
			{ name: 'Delete', value: 'delete', description: 'Delete a draft order', action: 'Delete a draft order' },
			{ name: 'Get', value: 'get', description: 'Get a draft order by ID', action: 'Get a draft order' },
			{ name: 'Get Many', value: 'getAll', description: 'List draft orders, page after page', action: 'Get many draft orders' },
		],
		default: 'create',
	},
	...create.description,
	...complete.description,
	...getAll.description,
	...get.description,
	...count.description,
	...del.description,
];
