import type { INodeProperties } from 'n8n-workflow';

import * as getDescription from './getDescription.operation';
import * as getDetail from './getDetail.operation';
import * as getDetailById from './getDetailById.operation';
import * as getReviews from './getReviews.operation';
import * as getSalesStatistics from './getSalesStatistics.operation';
import * as getShippingFee from './getShippingFee.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { getDescription, getDetail, getDetailById, getReviews, getSalesStatistics, getShippingFee };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['item'] } },
		options: [
			{
				name: 'Get Description',
				value: 'getDescription',
				description: 'Get the description of one product: its HTML and images',
				action: 'Get the description of an item',
			},
			{
				name: 'Get Detail',
				value: 'getDetail',
				description: 'Get the full detail of one product by its URL: SKUs, prices, stock, shop',
				action: 'Get the detail of an item',
			},
			{
				name: 'Get Detail by ID',
				value: 'getDetailById',
				description: 'Get the full detail of one product by its offer ID: SKUs, prices, stock, shop',
				action: 'Get the detail of an item by ID',
			},
			{
				name: 'Get Reviews',
				value: 'getReviews',
				description: 'Get the buyer reviews of one product, one item per review',
				action: 'Get the reviews of an item',
			},
			{
				name: 'Get Sales Statistics',
				value: 'getSalesStatistics',
				description: 'Get the sales of one product over the last 30 days, with the daily trend',
				action: 'Get the sales statistics of an item',
			},
			{
				name: 'Get Shipping Fee',
				value: 'getShippingFee',
				description: 'Get the domestic China shipping fee of one product to a province',
				action: 'Get the shipping fee of an item',
			},
		],
		default: 'getDetail',
	},
	...getDescription.description,
	...getDetail.description,
	...getDetailById.description,
	...getReviews.description,
	...getSalesStatistics.description,
	...getShippingFee.description,
];
