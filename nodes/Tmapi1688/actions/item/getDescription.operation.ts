import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { optionsCollection } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { flag } from '../../../shared/node/validation';
import { normalizeDescription } from '../../model/normalize';
import type { TmapiClient } from '../../api/client';
import { tmapiRunOptions } from '../common/runOptions';
import { fetchDescription, offerIdField, offerIdSchema } from './fields';

const properties: INodeProperties[] = [
	offerIdField,
	optionsCollection([
		{
			displayName: 'Normalize Output',
			name: 'normalize',
			type: 'boolean',
			default: true,
			description:
				'Whether to make the description consistent: item_id as a string, image links repaired to https://, "detail_imgs" taken from the HTML when the answer has no list',
		},
		...tmapiRunOptions('TMAPI calls (input items handled side by side)'),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getDescription'] } }, properties);

const schema = z.object({
	offerId: offerIdSchema,
	options: z.object({ normalize: flag().default(true) }),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Item → Get Description: GET /1688/item_desc — the description's HTML ("detail_html") and images ("detail_imgs"). */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const answer = await fetchDescription(client, params.offerId, itemIndex);
	return [params.options.normalize ? normalizeDescription(answer) : answer];
}
