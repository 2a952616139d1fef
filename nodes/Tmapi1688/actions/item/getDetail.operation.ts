import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { optionsCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import { flag, oneOf, text } from '../../../shared/validation';
import { normalizeProduct } from '../../helpers/normalize';
import { normalizeItemUrl } from '../../helpers/urls';
import type { TmapiClient } from '../../transport';
import { languageOption } from '../common/choices';
import { tmapiRunOptions } from '../common/runOptions';

const LANGUAGES = ['zh', 'en', 'ru', 'th', 'pt', 'es', 'tr', 'vi', 'ja', 'ko'] as const;

const properties: INodeProperties[] = [
	{
		displayName: 'Product URL or Offer ID',
		name: 'productUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://detail.1688.com/offer/859086919394.html',
		description:
			'A 1688 product page (desktop or mobile link) or its numeric offer ID. It is sent as https://detail.1688.com/offer/&lt;ID&gt;.html.',
	},
	optionsCollection([
		languageOption(LANGUAGES, 'zh'),
		{
			displayName: 'Normalize Output',
			name: 'normalize',
			type: 'boolean',
			default: true,
			description: 'Whether to make the product consistent: item_id as a string, image links repaired to https://',
		},
		{
			displayName: 'Optimize Title',
			name: 'optimizeTitle',
			type: 'boolean',
			default: false,
			description:
				'Whether TMAPI should strip non-core words from the title, which helps machine translation. Works on Chinese titles only.',
		},
		{
			displayName: 'Price Scene',
			name: 'scene',
			type: 'string',
			default: '',
			placeholder: 'drop_shipping',
			description: 'Which price to return, e.g. "drop_shipping" for dropshipping prices. Leave empty for the default price.',
		},
		...tmapiRunOptions('TMAPI calls (input items handled side by side)'),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getDetail'] } }, properties);

const itemUrl = 'use a 1688 product address such as https://detail.1688.com/offer/859086919394.html or an offer ID';

const schema = z.object({
	productUrl: text(itemUrl).transform((value, context) => {
		const result = normalizeItemUrl(value);
		if (result.ok) return result.value;
		context.addIssue({ code: z.ZodIssueCode.custom, message: result.expectation });
		return z.NEVER;
	}),
	options: z.object({
		language: oneOf(LANGUAGES).default('zh'),
		optimizeTitle: flag().default(false),
		scene: z.preprocess(
			(value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value),
			z
				.string({ invalid_type_error: 'use a scene name such as drop_shipping' })
				.regex(/^[a-z][a-z0-9_]{0,40}$/, 'use a scene name such as drop_shipping (lower-case letters, digits and _)')
				.optional(),
		),
		normalize: flag().default(true),
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Item → Get Detail: POST /1688/item_detail_by_url for one product. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	const detail = await client.request({
		method: 'POST',
		path: '/1688/item_detail_by_url',
		body: {
			url: params.productUrl,
			language: options.language,
			// Sent only when switched on: the API documents it for Chinese titles only.
			optimize_title: options.optimizeTitle ? true : undefined,
			scene: options.scene,
		},
		itemIndex,
	});
	return [options.normalize ? normalizeProduct(detail) : detail];
}
