import { NodeApiError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, limit, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { boolean, custom, fields, options, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { text } from '../../../shared/node/validation';
import { normalizeImageUrl } from '../../model/urls';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { languageField, sortField } from '../common/choices';
import { listOutput, listSettings } from '../common/list';
import { notedPriceRange, priceOrder } from '../common/price';
import { byDisplayName, flagFields, flagQuery, GLOBAL_LANGUAGES, hintApproximateTotal, SEARCH_SORTS, searchListOptionFields } from './common';

/** The image search endpoints, by the value of the Search Endpoint option. */
const ENDPOINTS = { '1688': '/search/image', global: '/global/search/image' } as const;

const imageUrl = custom(
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
	text('use the address of an image').transform((value, context) => {
		const result = normalizeImageUrl(value);
		if (result.ok) return { url: result.value, alibaba: result.alibaba === true };
		context.addIssue({ code: z.ZodIssueCode.custom, message: result.expectation });
		return z.NEVER;
	}),
);

const convert = boolean({
	displayName: 'Convert Non-Alibaba Images',
	name: 'convert',
	default: true,
	description:
		'Whether to convert an image that is not hosted by Alibaba through POST /1688/tools/image/convert_url before searching. Off: the URL is sent as it is, and TMAPI refuses it.',
});

const endpoint = options({
	displayName: 'Search Endpoint',
	name: 'endpoint',
	options: [
		{ name: '1688 (Chinese Titles)', value: '1688', description: 'GET /1688/search/image, with price filters' },
		{ name: 'Global (Translated Titles)', value: 'global', description: 'GET /1688/global/search/image, titles in the chosen Language' },
	],
	default: '1688',
	description: 'Which image search to use. Language applies to the global one only.',
});

const inputFields = fields(
	imageUrl,
	returnAll,
	limit,
	filtersCollection(byDisplayName([...flagFields, ...notedPriceRange('Sent to the 1688 endpoint only: the global one has no price filter.')]), priceOrder),
	optionsCollection([convert, languageField(GLOBAL_LANGUAGES, 'en'), endpoint, sortField(SEARCH_SORTS), ...searchListOptionFields()]),
);

export const description = updateDisplayOptions({ show: { resource: ['search'], operation: ['itemsByImage'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Search → Items by Image: GET /1688/search/image (or the global one). An image not hosted
 * by Alibaba is first turned into one the search takes (POST /1688/tools/image/convert_url).
 * Every output item says which URL was searched (`searched_image_url`) and which was given
 * (`source_image_url`).
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
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
