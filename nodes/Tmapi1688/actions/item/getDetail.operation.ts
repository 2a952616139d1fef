import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { custom, fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { text } from '../../../shared/node/validation';
import { simplifyDetail } from '../../model/simplify';
import { normalizeItemUrl } from '../../model/urls';
import type { TmapiClient } from '../../api/client';
import { detailOrGone, isGoneMarker } from './gone';
import { detailOptions, detailParameters, finishDetail, simplifyDetail as simplify } from './fields';

const productUrl = custom(
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
	text('use a 1688 product address such as https://detail.1688.com/offer/859086919394.html or an offer ID').transform((value, context) => {
		const result = normalizeItemUrl(value);
		if (result.ok) return result.value;
		context.addIssue({ code: z.ZodIssueCode.custom, message: result.expectation });
		return z.NEVER;
	}),
);

const inputFields = fields(productUrl, simplify, detailOptions);

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getDetail'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Item → Get Detail: POST /1688/item_detail_by_url for one product (and its description if asked). */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	// The normalized URL always ends in /offer/<ID>.html.
	const offerId = /\/offer\/(\d+)\.html$/.exec(params.productUrl)?.[1] ?? '';
	const call = { method: 'POST' as const, path: '/1688/item_detail_by_url', body: { url: params.productUrl, ...detailParameters(options) }, itemIndex };
	const detail = await detailOrGone(async () => await client.request(call), offerId, options.reportGone);
	if (isGoneMarker(detail)) return [detail];
	if (params.simplify) return [simplifyDetail(detail)];
	return [await finishDetail(client, detail, offerId, options, itemIndex)];
}
