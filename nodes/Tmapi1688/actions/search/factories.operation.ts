import { type IDataObject, type IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { limit, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { custom, fields, options, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { text } from '../../../shared/node/validation';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { listOutput, listSettings } from '../common/list';
import { hintApproximateTotal, searchListOptionFields } from './common';

const keywords = custom(
	{
		displayName: 'Keywords',
		name: 'keywords',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'pajamas',
		description: 'What the factories make (TMAPI parameter "keywords"). Chinese keywords work and match best.',
	},
	text('use the words to search for, e.g. pajamas').pipe(z.string().max(200, 'use at most 200 characters')),
);

const sort = options({
	displayName: 'Sort By',
	name: 'sort',
	options: [
		{ name: 'Default', value: 'default' },
		{ name: 'Repurchase Rate', value: 'repurchase_rate', description: 'Factories whose buyers order again most often first' },
	],
	default: 'default',
	description: 'Order of the factories (TMAPI parameter "sort")',
});

const inputFields = fields(keywords, returnAll, limit, optionsCollection([sort, ...searchListOptionFields()]));

export const description = updateDisplayOptions({ show: { resource: ['search'], operation: ['factories'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Search → Factories: GET /1688/search/factories, one output item per factory. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const settings = listSettings(params);
	const pages = await fetchPages(client, {
		path: '/1688/search/factories',
		qs: { keywords: params.keywords, sort: params.options.sort },
		...settings,
		itemIndex,
		approximateTotal: true,
	});
	hintApproximateTotal(this, pages, settings, 'factories');
	return listOutput(pages, settings);
}
