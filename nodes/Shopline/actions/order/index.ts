import type { INodeProperties } from 'n8n-workflow';

import * as cancel from './cancel.operation';
import * as count from './count.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { cancel, count, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['order'] } },
		options: [
			{ name: 'Cancel', value: 'cancel', description: 'Cancel an order that is not fulfilled', action: 'Cancel an order' },
			{ name: 'Count', value: 'count', description: 'Count the orders matching filters', action: 'Count orders' },
			{ name: 'Get', value: 'get', description: 'Get an order by ID', action: 'Get an order' },
			{ name: 'Get Many', value: 'getAll', description: 'List orders, page after page', action: 'Get many orders' },
			{ name: 'Update', value: 'update', description: "Change an order's tags, notes, email or phone", action: 'Update an order' },
		],
		default: 'getAll',
	},
	...getAll.description,
	...get.description,
	...count.description,
	...update.description,
	...cancel.description,
];
