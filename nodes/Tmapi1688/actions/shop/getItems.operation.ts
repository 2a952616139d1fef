import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, limit, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { fields, options, text, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { sortField } from '../common/choices';
import { listOptionFields, listOutput, listSettings } from '../common/list';
import { shopUrl } from './fields';

const SORTS = ['default', 'sales', 'price_up', 'price_down', 'time_up', 'time_down'] as const;

/** A category of the shop's own (as Shop → Get Categories lists them): TMAPI takes any text here, not only digits. */
const shopCategory = text({
	displayName: 'Category ID',
	name: 'cat',
	placeholder: '1234567',
	description: 'Only products of this category of the shop (TMAPI parameter "cat")',
	expectation: 'use the category ID as text, e.g. 1234567',
	maxLength: 64,
});

const shopCategoryType = options({
	displayName: 'Category Type',
	name: 'catType',
	options: (['0', '1'] as const).map((code) => ({ name: code, value: code })),
	default: '0',
	description: 'Kind of Category ID, as TMAPI documents it: "0" or "1" (TMAPI parameter "cat_type")',
});

const inputFields = fields(shopUrl, returnAll, limit, filtersCollection([shopCategory, shopCategoryType]), optionsCollection([sortField(SORTS), ...listOptionFields(true)]));

export const description = updateDisplayOptions({ show: { resource: ['shop'], operation: ['getItems'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Shop → Get Many Items: GET /1688/shop/items/v2, every page the list needs. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const settings = listSettings(params);
	const pages = await fetchPages(client, {
		path: '/1688/shop/items/v2',
		qs: { shop_url: params.shopUrl, sort: params.options.sort, cat: params.filters.cat, cat_type: params.filters.catType },
		...settings,
		itemIndex,
	});
	return listOutput(pages, settings);
}
