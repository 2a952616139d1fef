import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { limit, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { custom, fields, options, text, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { cursorList } from '../common/paging';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { customerFieldsOption, maxPages, pageSize } from './fields';

const searchText = text({
	displayName: 'Search Text',
	name: 'searchText',
	placeholder: 'bob',
	description: 'Part of an email, phone number, first or last name or address line (at most 50 characters); SHOPLINE matches it anywhere in those fields',
	expectation: 'use a word or part of an email, name or phone number',
	maxLength: 50,
});

/** The fields SHOPLINE's `query` takes. */
const CONDITION_FIELDS = ['accepts_marketing', 'customer_date', 'customer_first_name', 'customer_id', 'email_subscribe_flag', 'order_date', 'orders_count', 'state', 'tags', 'total_spent', 'updated_at', 'verified_email'];
const CONDITIONS = `use field:value pairs separated by semicolons, e.g. tags:loyal;orders_count:2, with fields among ${CONDITION_FIELDS.join(', ')}`;

const conditions = custom(
	{
		displayName: 'Conditions',
		name: 'conditions',
		type: 'string',
		default: '',
		placeholder: 'tags:loyal;orders_count:2',
		description: `Exact conditions as field:value pairs separated by semicolons. Fields: ${CONDITION_FIELDS.join(', ')}.`,
	},
	z.preprocess(
		(value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : value.trim()) : value),
		z
			.string({ invalid_type_error: CONDITIONS })
			.max(500, `${CONDITIONS} (at most 500 characters)`)
			.refine((value) => value.split(';').filter((part) => part.trim() !== '').every((part) => CONDITION_FIELDS.includes(part.split(':')[0].trim()) && /^[^:]+:\s*\S/.test(part)), CONDITIONS)
			.transform((value) => value.split(';').map((part) => part.trim()).filter(Boolean).map((part) => part.replace(/\s*:\s*/, ':')).join(';'))
			.optional(),
	),
);

const sort = options({
	displayName: 'Sort',
	name: 'sort',
	options: [
		{ name: 'Newest First', value: '0' },
		{ name: 'Newest First, Then Latest Order', value: '1' },
		{ name: 'Newest First, Then Most Orders', value: '2' },
		{ name: 'Newest First, Then Highest ID', value: '3' },
	],
	default: '0',
	description: 'Order of the results: by creation time, newest first; customers created at the same time by the second key',
});

const inputFields = fields(searchText, conditions, returnAll, limit, optionsCollection([customerFieldsOption, maxPages, pageSize, sort, ...runOptionFieldsOfNode]));

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['search'] } }, inputFields.properties);

const schema = inputFields.schema.superRefine((value, context) => {
	if (value.searchText === undefined && value.conditions === undefined) {
		context.addIssue({ code: z.ZodIssueCode.custom, path: ['searchText'], message: 'give a text to search for or Conditions (to list every customer, use Get Many)' });
	}
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, { ...inputFields, schema });
}

/**
 * Customer → Search: GET customers/v2/search.json with query_param (the text) and query (the
 * conditions) on the first request, then the link header's next pages.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const filters = { query_param: params.searchText, query: params.conditions, order: params.options.sort === '0' ? undefined : params.options.sort };
	return await cursorList(client, { path: 'customers/v2/search.json', listKey: 'customers', filters }, params, itemIndex);
}
