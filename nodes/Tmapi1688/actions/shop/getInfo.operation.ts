import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { normalizeShop } from '../../model/normalize';
import type { TmapiClient } from '../../api/client';
import { oneShopInput } from './fields';
import { normalizeOutput } from '../common/fields';

const normalize = normalizeOutput('Whether to make the shop consistent: seller_id and company_id as strings, links repaired to https://');

const inputFields = oneShopInput(normalize);

export const description = updateDisplayOptions({ show: { resource: ['shop'], operation: ['getInfo'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Shop → Get Info: GET /1688/shop/shop_info by shop_url or member_id. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const shop = await client.request({ method: 'GET', path: '/1688/shop/shop_info', qs: { ...params.shop }, itemIndex });
	return [params.options.normalize ? normalizeShop(shop) : shop];
}
