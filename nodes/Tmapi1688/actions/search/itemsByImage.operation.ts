import { NodeApiError, type IDataObject, type IExecuteFunctions, type INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, optionsCollection, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { flag, oneOf, text } from '../../../shared/node/validation';
import { normalizeImageUrl } from '../../model/urls';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { languageOption, sortOption } from '../common/choices';
import { listOutput, listSettings } from '../common/list';
import { withPriceRange } from '../common/price';
import {
	flagFields,
	flagQuery,
	flagShape,
	GLOBAL_LANGUAGES,
	hintApproximateTotal,
	SEARCH_SORTS,
	searchListOptions,
	searchListOptionsShape,
	byDisplayName,
} from './common';

/** The image search endpoints, by the value of the Search Endpoint option. */
const ENDPOINTS = { '1688': '/search/image', global: '/global/search/image' } as const;

const properties: INodeProperties[] = [
	{
		displayName: 'Image URL',
		name: 'imageUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://cbu01.alicdn.com/img/ibank/O1CN01example.jpg',
		description:
			'Address of the photo to search with. Images hosted by Alibaba (alicdn.com…) are searched as they are; any other image is first converted with TMAPI\'s image URL conversion (one more billed call).',
	},
	...returnAllAndLimit,
	filtersCollection(
		byDisplayName([
			...flagFields,
			{
				displayName: 'Max Price',
				name: 'priceEnd',
				type: 'string',
				default: '',
				placeholder: '50',
				description: 'Highest price in CNY (TMAPI parameter "price_end"). Sent to the 1688 endpoint only: the global one has no price filter.',
			},
			{
				displayName: 'Min Price',
				name: 'priceStart',
				type: 'string',
				default: '',
				placeholder: '10',
				description: 'Lowest price in CNY (TMAPI parameter "price_start"). Sent to the 1688 endpoint only: the global one has no price filter.',
			},
		]),
	),
	optionsCollection([
		{
			displayName: 'Convert Non-Alibaba Images',
			name: 'convert',
			type: 'boolean',
			default: true,
			description:
				'Whether to convert an image that is not hosted by Alibaba through POST /1688/tools/image/convert_url before searching. Off: the URL is sent as it is, and TMAPI refuses it.',
		},
		languageOption(GLOBAL_LANGUAGES, 'en'),
		{
			displayName: 'Search Endpoint',
			name: 'endpoint',
			type: 'options',
			options: [
				{ name: '1688 (Chinese Titles)', value: '1688', description: 'GET /1688/search/image, with price filters' },
				{ name: 'Global (Translated Titles)', value: 'global', description: 'GET /1688/global/search/image, titles in the chosen Language' },
			],
			default: '1688',
			description: 'Which image search to use. Language applies to the global one only.',
		},
		sortOption(SEARCH_SORTS),
		...searchListOptions(),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['search'], operation: ['itemsByImage'] } }, properties);

const schema = z.object({
	imageUrl: text('use the address of an image').transform((value, context) => {
		const result = normalizeImageUrl(value);
		if (result.ok) return { url: result.value, alibaba: result.alibaba === true };
		context.addIssue({ code: z.ZodIssueCode.custom, message: result.expectation });
		return z.NEVER;
	}),
	...returnAllAndLimitShape,
	filters: withPriceRange(flagShape),
	options: z.object({
		convert: flag().default(true),
		endpoint: oneOf(['1688', 'global'] as const).default('1688'),
		language: oneOf(GLOBAL_LANGUAGES).default('en'),
		sort: oneOf(SEARCH_SORTS).default('default'),
		...searchListOptionsShape(),
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Search → Items by Image: GET /1688/search/image (or the global one). An image not hosted
 * by Alibaba is first turned into one the search takes (POST /1688/tools/image/convert_url).
 * Every output item says which URL was searched (`searched_image_url`) and which was given
 * (`source_image_url`).
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters, options } = params;
	const endpoint = ENDPOINTS[options.endpoint];
	let searched = params.imageUrl.url;
	const converted = !params.imageUrl.alibaba && options.convert;
	if (converted) {
		const data = await client.request({
			method: 'POST',
			path: '/1688/tools/image/convert_url',
			body: { url: params.imageUrl.url, search_api_endpoint: endpoint },
			itemIndex,
		});
		if (typeof data.image_url !== 'string' || data.image_url.trim() === '') {
			throw new NodeApiError(client.node, { endpoint: 'POST /1688/tools/image/convert_url' }, {
				message: 'TMAPI converted the image but gave no image_url',
				description: `The conversion of ${params.imageUrl.url} answered without an image address to search with. Try again, or use an image hosted on alicdn.com.`,
				itemIndex,
			});
		}
		searched = data.image_url.trim();
	}
	const global = options.endpoint === 'global';
	const settings = listSettings(params);
	const pages = await fetchPages(client, {
		path: `/1688${endpoint}`,
		qs: {
			img_url: searched,
			language: global ? options.language : undefined,
			sort: options.sort,
			price_start: global ? undefined : filters.priceStart,
			price_end: global ? undefined : filters.priceEnd,
			...flagQuery(filters),
		},
		...settings,
		itemIndex,
		approximateTotal: true,
	});
	hintApproximateTotal(this, pages, settings, 'products');
	const source = { searched_image_url: searched, source_image_url: params.imageUrl.url, image_converted: converted };
	const output = listOutput(pages, settings);
	return output.map((entry) => ({ ...entry, ...source }));
}
