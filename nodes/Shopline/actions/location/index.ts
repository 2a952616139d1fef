import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['location'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get a location by ID', action: 'Get a location' },
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the locations that hold stock, to find the location IDs inventory operations need',
				action: 'Get many locations',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
	...get.description,
];
