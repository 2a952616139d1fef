import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

export const productIdField: INodeProperties = {
	displayName: 'Product ID',
	name: 'productId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '16057850264845250791280282',
	description: 'The 26-digit product ID, as text',
};

export const fieldsOption: INodeProperties = {
	displayName: 'Fields',
	name: 'fields',
	type: 'string',
	default: '',
	placeholder: 'title,handle,variants',
	description: 'Only these product fields (comma-separated)',
};

export const fieldsSchema = z.preprocess(
	(value) => (typeof value === 'string' && value.trim() === '' ? undefined : Array.isArray(value) ? value.join(',') : value),
	z
		.string({ invalid_type_error: 'use field names separated by commas, e.g. id,title,handle' })
		.regex(/^\s*[a-z_]+(\s*,\s*[a-z_]+)*\s*$/, 'use field names separated by commas, e.g. id,title,handle')
		.transform((value) => value.split(',').map((field) => field.trim()).join(','))
		.optional(),
);
