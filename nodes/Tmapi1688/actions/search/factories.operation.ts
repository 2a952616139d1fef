import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { optionsCollection, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { oneOf, text } from '../../../shared/node/validation';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { listOutput, listSettings } from '../common/list';
import { hintApproximateTotal, searchListOptions, searchListOptionsShape } from './common';

const SORTS = ['default', 'repurchase_rate'] as const;

const properties: INodeProperties[] = [
	{
		displayName: 'Keywords',
		name: 'keywords',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'pajamas',
		description: 'What the factories make (TMAPI parameter "keywords"). Chinese keywords work and match best.',
	},
	...returnAllAndLimit,
	optionsCollection([
		{
			displayName: 'Sort By',
			name: 'sort',
			type: 'options',
			options: [
				{ name: 'Default', value: 'default' },
				{ name: 'Repurchase Rate', value: 'repurchase_rate', description: 'Factories whose buyers order again most often first' },
			],
			default: 'default',
			description: 'Order of the factories (TMAPI parameter "sort")',
		},
		...searchListOptions(),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['search'], operation: ['factories'] } }, properties);

const schema = z.object({
	keywords: text('use the words to search for, e.g. pajamas').pipe(z.string().max(200, 'use at most 200 characters')),
	...returnAllAndLimitShape,
	options: z.object({ sort: oneOf(SORTS).default('default'), ...searchListOptionsShape() }),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Search → Factories: GET /1688/search/factories, one output item per factory. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
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
