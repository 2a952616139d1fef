import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as search from './search.operation';
import * as update from './update.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { create, get, getAll, search, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customer'] } },
		options: [
			{ name: 'Create', value: 'create', description: 'Create a customer with an email address or phone number', action: 'Create a customer' },
			{ name: 'Get', value: 'get', description: 'Get a customer by ID', action: 'Get a customer' },
			{ name: 'Get Many', value: 'getAll', description: 'List customers, page after page', action: 'Get many customers' },
			{ name: 'Search', value: 'search', description: 'Find customers by part of their email, name or phone, or by conditions such as tags', action: 'Search customers' },
			{ name: 'Update', value: 'update', description: "Change a customer's email, phone, name, note, tags or address", action: 'Update a customer' },
		],
		default: 'getAll',
	},
	...getAll.description,
	...get.description,
	...search.description,
	...create.description,
	...update.description,
];
