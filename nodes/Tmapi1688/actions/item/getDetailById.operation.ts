import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { optionsCollection, simplifyShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { simplifyDetail } from '../../model/simplify';
import type { TmapiClient } from '../../api/client';
import { detailOptions, detailOptionsSchema, detailParameters, finishDetail, offerIdField, offerIdSchema, simplifyDetailField } from './fields';

const properties: INodeProperties[] = [offerIdField, simplifyDetailField, optionsCollection(detailOptions)];

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getDetailById'] } }, properties);

const schema = z.object({
	offerId: offerIdSchema,
	...simplifyShape,
	options: detailOptionsSchema,
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Item → Get Detail by ID: GET /1688/item_detail, the same product shape as Get Detail (by URL). */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	const detail = await client.request({
		method: 'GET',
		path: '/1688/item_detail',
		qs: { item_id: params.offerId, ...detailParameters(options) },
		itemIndex,
	});
	if (params.simplify) return [simplifyDetail(detail)];
	return [await finishDetail(client, detail, params.offerId, options, itemIndex)];
}
