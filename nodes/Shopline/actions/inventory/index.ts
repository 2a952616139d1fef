import type { INodeProperties } from 'n8n-workflow';

import * as adjustAvailable from './adjustAvailable.operation';
import * as getItem from './getItem.operation';
import * as getLevels from './getLevels.operation';
import * as setAvailable from './setAvailable.operation';
import * as updateItem from './updateItem.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { adjustAvailable, getItem, getLevels, setAvailable, updateItem };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['inventory'] } },
		options: [
			{
				name: 'Adjust Available',
				value: 'adjustAvailable',
				description: 'Add to or take from the available quantity of a variant at a location',
				action: 'Adjust available stock',
			},
			{ name: 'Get Inventory Item', value: 'getItem', description: "Get a variant's inventory item: SKU, cost, tracking", action: 'Get an inventory item' },
			{ name: 'Get Levels', value: 'getLevels', description: 'Get the available quantities of inventory items per location', action: 'Get inventory levels' },
			{
				name: 'Set Available',
				value: 'setAvailable',
				description: 'Set the available quantity of a variant at a location (a tracked variant has 0 until set)',
				action: 'Set available stock',
			},
			{ name: 'Update Inventory Item', value: 'updateItem', description: "Change a variant's SKU, cost, tracking or shipping", action: 'Update an inventory item' },
		],
		default: 'getLevels',
	},
	...getLevels.description,
	...setAvailable.description,
	...adjustAvailable.description,
	...getItem.description,
	...updateItem.description,
];
