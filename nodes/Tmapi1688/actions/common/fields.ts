import { boolean, digitsId } from '../../../shared/node/field';

/** A 1688 category (TMAPI parameter "cat_id"): the category operations, the global search's filter. */
export const categoryId = digitsId({
	displayName: 'Category ID',
	name: 'categoryId',
	required: true,
	placeholder: '1031922',
	description: 'Numeric 1688 category ID (TMAPI parameter "cat_id")',
	expectation: 'use a numeric category ID such as 1031922',
	maxDigits: 20,
});

/** Normalize Output, on by default; `description` says what it makes consistent in this answer. */
export const normalizeOutput = (description: string) => boolean({ displayName: 'Normalize Output', name: 'normalize', default: true, description });
