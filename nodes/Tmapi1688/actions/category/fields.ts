import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

/** Fields both category operations show. */
export const categoryIdField: INodeProperties = {
	displayName: 'Category ID',
	name: 'categoryId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '1031922',
	description: 'Numeric 1688 category ID (TMAPI parameter "cat_id")',
};

export const categoryIdSchema = z.preprocess(
	(value) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value),
	z
		.string({
			invalid_type_error: 'use a numeric category ID such as 1031922',
			required_error: 'use a numeric category ID such as 1031922',
		})
		.regex(/^[1-9]\d{0,15}$/, 'use a numeric category ID such as 1031922')
		.transform(Number),
);
