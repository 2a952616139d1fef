import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import * as inventory from './actions/inventory';
import * as location from './actions/location';
import * as product from './actions/product';
import * as productImage from './actions/productImage';
import * as variant from './actions/variant';
import { router } from './actions/router';
import { shoplineApiTest } from './transport/credentialCheck';

export class Shopline implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SHOPLINE',
		name: 'shopline',
		icon: { light: 'file:shopline.svg', dark: 'file:shopline.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: "Read and change your SHOPLINE store's products through the Admin Open API",
		defaults: { name: 'SHOPLINE' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'shoplineApi', required: true, testedBy: 'shoplineApiTest' }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Inventory', value: 'inventory' },
					{ name: 'Location', value: 'location' },
					{ name: 'Product', value: 'product' },
					{ name: 'Product Image', value: 'productImage' },
					{ name: 'Variant', value: 'variant' },
				],
				default: 'product',
			},
			...inventory.description,
			...location.description,
			...product.description,
			...productImage.description,
			...variant.description,
		],
	};

	methods = { credentialTest: { shoplineApiTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
