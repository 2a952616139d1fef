import type { INodeProperties } from 'n8n-workflow';

import * as factories from './factories.operation';
import * as items from './items.operation';
import * as itemsByImage from './itemsByImage.operation';
import * as itemsGlobal from './itemsGlobal.operation';

/** The operations of this resource, by the value their option has below. */
export const operations = { items, itemsGlobal, itemsByImage, factories };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['search'] } },
		options: [
			{
				name: 'Factories',
				value: 'factories',
				description: 'Search 1688 factories by keywords, e.g. sorted by repurchase rate',
				action: 'Search factories',
			},
			{
				name: 'Items by Image',
				value: 'itemsByImage',
				description: 'Search products that look like a photo; images not hosted by Alibaba are converted first',
				action: 'Search items by image',
			},
			{
				name: 'Items by Keyword',
				value: 'items',
				description: 'Search 1688 products by a (Chinese) keyword, with price, MOQ and supplier filters',
				action: 'Search items by keyword',
			},
			{
				name: 'Items by Keyword in Other Languages',
				value: 'itemsGlobal',
				description: 'Search with a keyword in English and other languages; titles come translated and in the original',
				action: 'Search items by keyword in other languages',
			},
		],
		default: 'items',
	},
	...items.description,
	...itemsGlobal.description,
	...itemsByImage.description,
	...factories.description,
];
