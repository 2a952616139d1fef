import type { INodeProperties } from 'n8n-workflow';

import * as count from './count.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';
import * as upsertFrom1688 from './upsertFrom1688.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { count, create, delete: del, get, getAll, update, upsert, upsertFrom1688 };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['product'] } },
		options: [
			{ name: 'Count', value: 'count', description: 'Count the products matching filters', action: 'Count products' },
			{ name: 'Create', value: 'create', description: 'Create a product with its images, options and variants', action: 'Create a product' },
			{
				name: 'Create or Update',
				value: 'upsert',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				action: 'Create or update a product',
			},
			{
				name: 'Create or Update From 1688 Item',
				value: 'upsertFrom1688',
				description: 'Turn a 1688 item detail into a product with pricing rules, variants and stock, created or updated by its 1688 handle',
				action: 'Create or update a product from a 1688 item',
			},
			{ name: 'Delete', value: 'delete', description: 'Delete a product', action: 'Delete a product' },
			{ name: 'Get', value: 'get', description: 'Get a product by ID', action: 'Get a product' },
			{ name: 'Get Many', value: 'getAll', description: 'List products, page after page', action: 'Get many products' },
			{ name: 'Update', value: 'update', description: 'Change the given fields of a product', action: 'Update a product' },
		],
		default: 'getAll',
	},
	...getAll.description,
	...get.description,
	...count.description,
	...create.description,
	...update.description,
	...upsert.description,
	...del.description,
	...upsertFrom1688.description,
];
