import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as getAll from './getAll.operation';
import * as updateTracking from './updateTracking.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { create, getAll, updateTracking };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['fulfillment'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Ship line items of an order, with tracking numbers', action: 'Create a fulfillment' },
			{ name: 'Get Many', value: 'getAll', description: 'List the fulfillments of an order', action: 'Get many fulfillments' },
			{ name: 'Update Tracking', value: 'updateTracking', description: 'Replace the tracking info of a fulfillment', action: 'Update tracking of a fulfillment' },
		],
		default: 'create',
	},
	...create.description,
	...updateTracking.description,
	...getAll.description,
];
