import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { simplifyField } from '../../../shared/node/descriptions';
import { custom, dateTime, options, type Field } from '../../../shared/node/field';
import { isBlank } from '../../../shared/node/validation';
import { COLLECTION, optionalRecordField, ORDER, PRODUCT, recordField, ways } from './locators';

/** Fields that several product operations share: the product ID, Fields, and the date, status and collection filters. */
export const productId = recordField(PRODUCT, { displayName: 'Product ID', name: 'productId', description: `The product: ${ways(PRODUCT, 'title or handle')}` });

/** The order of the Order and Fulfillment operations. */
export const orderId = recordField(ORDER, { displayName: 'Order ID', name: 'orderId', description: `The order: ${ways(ORDER, 'name, e.g. #1001')}` });

/** Simplify of Get and Get Many. */
export const simplifyProductField = simplifyField(
	'Whether to return a simplified version of the response instead of the raw data. It gives id, title, handle, status, vendor, tags (a list), price_min, price_max, total_inventory, variant_count, image, updated_at and admin_url, and asks SHOPLINE only for the fields they come from unless Options → Fields is set. Off by default: the whole product, variants included, as workflows that read more expect.',
);

/** The Collection ID filter of Get Many and Count. */
export const collectionFilter = optionalRecordField(COLLECTION, {
	displayName: 'Collection ID',
	name: 'collectionId',
	description: `Only products of this collection: ${ways(COLLECTION, 'title or handle')}`,
});

/** The check of a Fields option: field names separated by commas, sent as "a,b". */
const fieldsSchema = z.preprocess(
	(value) => (typeof value === 'string' && value.trim() === '' ? undefined : Array.isArray(value) ? value.join(',') : value),
	z
		.string({ invalid_type_error: 'use field names separated by commas, e.g. id,title,handle' })
		.regex(/^\s*[a-z_]+(\s*,\s*[a-z_]+)*\s*$/, 'use field names separated by commas, e.g. id,title,handle')
		.transform((value) => value.split(',').map((field) => field.trim()).join(','))
		.optional(),
);

/** The Fields option of a read: which fields of the record come back; `what` says the record's own. */
export const fieldsOf = (what: { placeholder: string; description: string }) =>
	custom({ displayName: 'Fields', name: 'fields', type: 'string', default: '', placeholder: what.placeholder, description: what.description }, fieldsSchema);

/** Options → Fields of the product reads. */
export const productFieldsOption = fieldsOf({ placeholder: 'title,handle,variants', description: 'Only these product fields (comma-separated)' });

const dateFilter = <N extends string>(displayName: string, name: N, description: string) => dateTime({ displayName, name, description });

/** The created/updated date range filters Get Many and Count share. */
export const dateFilters = [
	dateFilter('Created After', 'createdAtMin', 'Only products created at or after this time (ISO 8601)'),
	dateFilter('Created Before', 'createdAtMax', 'Only products created at or before this time (ISO 8601)'),
	dateFilter('Updated After', 'updatedAtMin', 'Only products updated at or after this time (ISO 8601): the filter for incremental syncs'),
	dateFilter('Updated Before', 'updatedAtMax', 'Only products updated at or before this time (ISO 8601)'),
] as const;

/** The Status filter of Get Many and Count. */
export const statusFilter = options({
	displayName: 'Status',
	name: 'status',
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Archived', value: 'archived' },
		{ name: 'Draft', value: 'draft' },
	],
	default: 'active',
	values: ['active', 'draft', 'archived'],
});

type Dates = { createdAtMin?: string; createdAtMax?: string; updatedAtMin?: string; updatedAtMax?: string };

/** Refuses a range whose end comes before its start, naming the end field. */
export function refineDateOrder(dates: Dates, context: z.RefinementCtx): void {
	for (const [min, max, minLabel] of [
		['createdAtMin', 'createdAtMax', 'Created After'],
		['updatedAtMin', 'updatedAtMax', 'Updated After'],
	] as const) {
		const from = dates[min];
		const to = dates[max];
		if (from && to && Date.parse(to) < Date.parse(from)) {
			context.addIssue({ code: z.ZodIssueCode.custom, path: [max], message: `use a time not earlier than ${minLabel} (${from})` });
		}
	}
}

export function toDateQuery(dates: Dates): IDataObject {
	return {
		created_at_min: dates.createdAtMin,
		created_at_max: dates.createdAtMax,
		updated_at_min: dates.updatedAtMin,
		updated_at_max: dates.updatedAtMax,
	};
}

/** The same field where a blank value (an emptied expression) reads as the default its property shows. */
export const blankIsDefault = <const F extends Field>(field: F): Omit<F, 'schema'> & { schema: z.ZodEffects<F['schema']> } => ({
	...field,
	schema: z.preprocess((value) => (isBlank(value) ? field.property.default : value), field.schema),
});

/** The same field where a blank value (an emptied expression) is not given. */
export const blankIsUnset = <F extends Field>(field: F): Omit<F, 'schema'> & { schema: z.ZodEffects<z.ZodOptional<F['schema']>> } => ({
	...field,
	schema: z.preprocess((value) => (isBlank(value) ? undefined : value), field.schema.optional()),
});
