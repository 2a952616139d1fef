import type { INodeProperties } from 'n8n-workflow';

import * as addProducts from './addProducts.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getProducts from './getProducts.operation';
import * as removeProducts from './removeProducts.operation';
import * as update from './update.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { addProducts, create, delete: del, get, getAll, getProducts, removeProducts, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['collection'] } },
		options: [
			{ name: 'Add Products', value: 'addProducts', description: 'Put products in a custom collection; those already in it are reported, not an error', action: 'Add products to a collection' },
			{ name: 'Create', value: 'create', description: 'Create a custom collection', action: 'Create a collection' },
			{ name: 'Delete', value: 'delete', description: 'Delete a custom collection (its products stay in the store)', action: 'Delete a collection' },
			{ name: 'Get', value: 'get', description: 'Get a custom collection by ID', action: 'Get a collection' },
			{ name: 'Get Many', value: 'getAll', description: 'List custom collections, page after page', action: 'Get many collections' },
			{ name: 'Get Products', value: 'getProducts', description: 'List the products of a collection, page after page', action: 'Get products of a collection' },
			{ name: 'Remove Products', value: 'removeProducts', description: 'Take products out of a custom collection', action: 'Remove products from a collection' },
			{ name: 'Update', value: 'update', description: 'Change the given fields of a custom collection', action: 'Update a collection' },
		],
		default: 'getAll',
	},
	...getAll.description,
	...get.description,
	...getProducts.description,
	...create.description,
	...update.description,
	...addProducts.description,
	...removeProducts.description,
	...del.description,
];
