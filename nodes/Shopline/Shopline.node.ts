import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { operationSubtitle } from '../shared/node/subtitle';
import * as collection from './actions/collection';
import * as customer from './actions/customer';
import * as draftOrder from './actions/draftOrder';
import * as fulfillment from './actions/fulfillment';
import * as inventory from './actions/inventory';
import * as location from './actions/location';
import * as metafield from './actions/metafield';
import * as order from './actions/order';
import * as product from './actions/product';
import * as productImage from './actions/productImage';
import * as variant from './actions/variant';
import { router } from './actions/router';
import { searchCollections, searchCustomers, searchDraftOrders, searchLocations, searchOrders, searchProducts } from './methods/listSearch';
import { shoplineApiTest, shoplineAppApiTest } from './api/credentialCheck';
import { authenticationProperty } from './api/appSession';

const properties: INodeProperties[] = [
	authenticationProperty,
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Collection', value: 'collection' },
			{ name: 'Customer', value: 'customer' },
			{ name: 'Draft Order', value: 'draftOrder' },
			{ name: 'Fulfillment', value: 'fulfillment' },
			{ name: 'Inventory', value: 'inventory' },
			{ name: 'Location', value: 'location' },
			{ name: 'Metafield', value: 'metafield' },
			{ name: 'Order', value: 'order' },
			{ name: 'Product', value: 'product' },
			{ name: 'Product Image', value: 'productImage' },
			{ name: 'Variant', value: 'variant' },
		],
		default: 'product',
	},
	...collection.description,
	...customer.description,
	...draftOrder.description,
	...fulfillment.description,
	...inventory.description,
	...location.description,
	...metafield.description,
	...order.description,
	...product.description,
	...productImage.description,
	...variant.description,
];

export class Shopline implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SHOPLINE',
		name: 'shopline',
		icon: { light: 'file:shopline.svg', dark: 'file:shopline.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: operationSubtitle(properties),
		description: 'Manage the products, variants, images, metafields, inventory, collections, customers, draft orders, orders and fulfillments of a SHOPLINE store',
		defaults: { name: 'SHOPLINE' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'shoplineApi', required: true, testedBy: 'shoplineApiTest', displayOptions: { show: { authentication: ['accessToken'] } } },
			{ name: 'shoplineAppApi', required: true, testedBy: 'shoplineAppApiTest', displayOptions: { show: { authentication: ['appOAuth'] } } },
		],
		properties,
	};

	methods = { credentialTest: { shoplineApiTest, shoplineAppApiTest }, listSearch: { searchCollections, searchCustomers, searchDraftOrders, searchLocations, searchOrders, searchProducts } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
