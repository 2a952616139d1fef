import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { optionsCollection } from '../../../shared/node/descriptions';
import { boolean, fields } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { normalizeShop } from '../../model/normalize';
import type { TmapiClient } from '../../api/client';
import { tmapiRunFields } from '../common/runOptions';
import { shopIdentityFields, shopIdentityQuery } from './fields';

const normalize = boolean({
	displayName: 'Normalize Output',
	name: 'normalize',
	default: true,
	description: 'Whether to make the shop consistent: seller_id and company_id as strings, links repaired to https://',
});

const inputFields = fields(...shopIdentityFields, optionsCollection([normalize, ...tmapiRunFields('TMAPI calls (input items handled side by side)')]));

export const description = updateDisplayOptions({ show: { resource: ['shop'], operation: ['getInfo'] } }, inputFields.properties);

/** The shop named as Shop By says, checked; the options as given. */
const schema = inputFields.schema.transform((input, context) => {
	const shop = shopIdentityQuery(input, context);
	return shop ? { shop, options: input.options } : z.NEVER;
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, { ...inputFields, schema });
}

/** Shop → Get Info: GET /1688/shop/shop_info by shop_url or member_id. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const shop = await client.request({ method: 'GET', path: '/1688/shop/shop_info', qs: { ...params.shop }, itemIndex });
	return [params.options.normalize ? normalizeShop(shop) : shop];
}
