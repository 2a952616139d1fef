import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { normalizeDescription } from '../../model/normalize';
import type { TmapiClient } from '../../api/client';
import { tmapiRunFields } from '../common/runOptions';
import { fetchDescription, offerId } from './fields';
import { normalizeOutput } from '../common/fields';

const normalize = normalizeOutput('Whether to make the description consistent: item_id as a string, image links repaired to https://, "detail_imgs" taken from the HTML when the answer has no list');

const inputFields = fields(offerId, optionsCollection([normalize, ...tmapiRunFields('TMAPI calls (input items handled side by side)')]));

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getDescription'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Item → Get Description: GET /1688/item_desc — the description's HTML ("detail_html") and images ("detail_imgs"). */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const answer = await fetchDescription(client, params.offerId, itemIndex);
	return [params.options.normalize ? normalizeDescription(answer) : answer];
}
