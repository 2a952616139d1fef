import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { operationSubtitle } from '../shared/node/subtitle';
import * as category from './actions/category';
import * as item from './actions/item';
import { router } from './actions/router';
import * as search from './actions/search';
import * as shop from './actions/shop';
import { tmapi1688ApiTest } from './api/credentialCheck';

const properties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Category', value: 'category' },
			{ name: 'Item', value: 'item' },
			{ name: 'Search', value: 'search' },
			{ name: 'Shop', value: 'shop' },
		],
		default: 'shop',
	},
	...shop.description,
	...category.description,
	...item.description,
	...search.description,
];

export class Tmapi1688 implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'TMAPI 1688',
		name: 'tmapi1688',
		icon: { light: 'file:tmapi1688.svg', dark: 'file:tmapi1688.dark.svg' },
		group: ['input'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description: 'Get wholesale products from 1688.com through the TMAPI data API',
		defaults: { name: 'TMAPI 1688' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'tmapi1688Api', required: true, testedBy: 'tmapi1688ApiTest' }],
		properties,
	};

	methods = { credentialTest: { tmapi1688ApiTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
