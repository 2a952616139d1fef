import type { INodeProperties } from 'n8n-workflow';

import * as add from './add.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { add, delete: del, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['productImage'] } },
		options: [
			{ name: 'Add', value: 'add', description: 'Add an image to a product, from its URL', action: 'Add a product image' },
			{ name: 'Delete', value: 'delete', description: 'Remove an image from a product', action: 'Delete a product image' },
			{ name: 'Get Many', value: 'getAll', description: 'List the images of a product', action: 'Get many product images' },
			{ name: 'Update', value: 'update', description: 'Change the alt text, position or variant of an image', action: 'Update a product image' },
		],
		default: 'getAll',
	},
	...add.description,
	...del.description,
	...getAll.description,
	...update.description,
];
