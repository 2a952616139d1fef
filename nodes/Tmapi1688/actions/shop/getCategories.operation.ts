import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { options, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { TmapiClient } from '../../api/client';
import { flattenCategories, rootsOf } from '../../model/shopCategories';
import { oneShopInput } from './fields';

const output = options({
	displayName: 'Output',
	name: 'output',
	options: [
		{
			name: 'One Item per Category',
			value: 'categories',
			description: 'Every category of the tree as its own item, with parent_id, level and path',
		},
		{ name: 'One Item with the Tree', value: 'tree', description: 'The answer as TMAPI gives it, children nested' },
	],
	default: 'categories',
});

const inputFields = oneShopInput(output);

export const description = updateDisplayOptions({ show: { resource: ['shop'], operation: ['getCategories'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Shop → Get Categories: GET /1688/shop/category, the shop's own category tree. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const data = await client.request({ method: 'GET', path: '/1688/shop/category', qs: { ...params.shop }, itemIndex });
	if (params.options.output === 'tree') return [data];
	return flattenCategories(rootsOf(data));
}
