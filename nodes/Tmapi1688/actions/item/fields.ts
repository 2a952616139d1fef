import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { optionsCollection, simplifyField } from '../../../shared/node/descriptions';
import { boolean, custom } from '../../../shared/node/field';
import { text } from '../../../shared/node/validation';
import { imagesInHtml, normalizeDescription, normalizeProduct } from '../../model/normalize';
import { normalizeItemUrl } from '../../model/urls';
import type { TmapiClient } from '../../api/client';
import { languageField } from '../common/choices';
import { tmapiRunFields } from '../common/runOptions';
import { normalizeOutput } from '../common/fields';
import { reportGone } from './gone';

/** What the item operations share: the Offer ID field, the detail options, the description call. */

const OFFER_ID_EXAMPLE = 'use a 1688 offer ID such as 859086919394, or the product address';

/** A product URL or offer ID → a checked offer ID. */
function toOfferId(value: string, context: z.RefinementCtx): string {
	const result = normalizeItemUrl(value);
	const id = result.ok ? /\/offer\/(\d+)\.html$/.exec(result.value)?.[1] : undefined;
	if (id) return id;
	context.addIssue({ code: z.ZodIssueCode.custom, message: result.ok ? OFFER_ID_EXAMPLE : result.expectation });
	return z.NEVER;
}

/** The Offer ID field of the operations that take a product by ID (TMAPI parameter "item_id"). */
export const offerId = custom(
	{
		displayName: 'Offer ID',
		name: 'offerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '859086919394',
		description:
			'Numeric ID of the 1688 product (TMAPI parameter "item_id"). A product address such as https://detail.1688.com/offer/859086919394.html works too; its ID is sent.',
	},
	text(OFFER_ID_EXAMPLE).transform(toOfferId),
);

/** Simplify of the two detail operations. */
export const simplifyDetail = simplifyField(
	"Whether to return a simplified version of the response instead of the raw data. It gives item_id, title, url, price_min, price_max, currency, unit, min_order, stock_total, sale_count, main_image, category_id, shop_name, shop_url, sku_count and skus (each SKU's sku_id, spec_id, props, price and stock), and makes no description call. Off by default: SHOPLINE → Create or Update From 1688 Item needs the whole detail.",
);

/** Languages of the two detail endpoints. */
const DETAIL_LANGUAGES = ['zh', 'en', 'ru', 'th', 'pt', 'es', 'tr', 'vi', 'ja', 'ko'] as const;

const SCENE = 'use a scene name such as drop_shipping';

/** The options of Get Detail (by URL) and Get Detail by ID: the same answer, the same choices. */
export const detailOptions = optionsCollection([
	boolean({
		displayName: 'Include Description',
		name: 'includeDescription',
		default: false,
		description:
			'Whether to also get the product description (one more billed call per item) and add it as "description_html" and "description_images"',
	}),
	languageField(DETAIL_LANGUAGES, 'zh'),
	normalizeOutput('Whether to make the product consistent: item_id as a string, image links repaired to https://'),
	boolean({
		displayName: 'Optimize Title',
		name: 'optimizeTitle',
		default: false,
		description: 'Whether TMAPI should strip non-core words from the title, which helps machine translation. Works on Chinese titles only.',
	}),
	custom(
		{
			displayName: 'Price Scene',
			name: 'scene',
			type: 'string',
			default: '',
			placeholder: 'drop_shipping',
			description: 'Which price to return, e.g. "drop_shipping" for dropshipping prices. Leave empty for the default price.',
		},
		z.preprocess(
			(value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value),
			z
				.string({ invalid_type_error: SCENE })
				.regex(/^[a-z][a-z0-9_]{0,40}$/, `${SCENE} (lower-case letters, digits and _)`)
				.optional(),
		),
	),
	reportGone,
	...tmapiRunFields('TMAPI calls (input items handled side by side)'),
]);

export type DetailOptions = z.output<typeof detailOptions.schema>;

/** The parameters both detail endpoints take besides the product (body of one, query of the other). */
export const detailParameters = (options: DetailOptions): IDataObject => ({
	language: options.language,
	// Sent only when switched on: the API documents it for Chinese titles only.
	optimize_title: options.optimizeTitle ? true : undefined,
	scene: options.scene,
});

/** The description of one product: GET /1688/item_desc (detail_html and its images). */
export async function fetchDescription(client: TmapiClient, offerId: string, itemIndex: number): Promise<IDataObject> {
	return await client.request({ method: 'GET', path: '/1688/item_desc', qs: { item_id: offerId }, itemIndex });
}

/**
 * What both detail operations output: the answer (normalized unless switched off) and, with
 * Include Description, the description fetched after it — one call more, through the same
 * client, so it counts against the run's concurrency cap like any other.
 */
export async function finishDetail(client: TmapiClient, detail: IDataObject, offerId: string, options: DetailOptions, itemIndex: number): Promise<IDataObject> {
	const product = options.normalize ? normalizeProduct(detail) : detail;
	if (!options.includeDescription) return product;
	const raw = await fetchDescription(client, offerId, itemIndex);
	const description = options.normalize ? normalizeDescription(raw) : raw;
	product.description_html = typeof description.detail_html === 'string' ? description.detail_html : '';
	product.description_images = Array.isArray(description.detail_imgs) ? description.detail_imgs : imagesInHtml(description.detail_html);
	return product;
}
