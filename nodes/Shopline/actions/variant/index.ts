import type { INodeProperties } from 'n8n-workflow';

import * as count from './count.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { count, create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['variant'] } },
		options: [
			{ name: 'Count', value: 'count', description: 'Count the variants of a product', action: 'Count variants' },
			{
				name: 'Create',
				value: 'create',
				description: 'Add a variant to a product; a tracked one has 0 available until Inventory → Set Available gives it stock',
				action: 'Create a variant',
			},
			{ name: 'Delete', value: 'delete', description: 'Delete a variant of a product', action: 'Delete a variant' },
			{ name: 'Get', value: 'get', description: 'Get a variant by its ID', action: 'Get a variant' },
			{ name: 'Get Many', value: 'getAll', description: 'List the variants of a product', action: 'Get many variants' },
			{ name: 'Update', value: 'update', description: 'Change fields of a variant', action: 'Update a variant' },
		],
		default: 'getAll',
	},
	...count.description,
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
