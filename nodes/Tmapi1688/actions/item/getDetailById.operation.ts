import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { simplifyDetail } from '../../model/simplify';
import type { TmapiClient } from '../../api/client';
import { detailOrGone, isGoneMarker } from './gone';
import { detailOptions, detailParameters, finishDetail, offerId, simplifyDetail as simplify } from './fields';

const inputFields = fields(offerId, simplify, detailOptions);

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getDetailById'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Item → Get Detail by ID: GET /1688/item_detail, the same product shape as Get Detail (by URL). */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	const call = { method: 'GET' as const, path: '/1688/item_detail', qs: { item_id: params.offerId, ...detailParameters(options) }, itemIndex };
	const detail = await detailOrGone(async () => await client.request(call), params.offerId, options.reportGone);
	if (isGoneMarker(detail)) return [detail];
	if (params.simplify) return [simplifyDetail(detail)];
	return [await finishDetail(client, detail, params.offerId, options, itemIndex)];
}
