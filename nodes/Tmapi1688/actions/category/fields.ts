import type { INodeProperties } from 'n8n-workflow';
import { digitsId } from '../../../shared/node/validation';

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

export const categoryIdSchema = digitsId('use a numeric category ID such as 1031922', 20);

/** Filters both category endpoints offer; `superFactoryParameter` is the API name that differs. */
export function sharedCategoryFilters(superFactoryParameter: string): INodeProperties[] {
	return [
		{
			displayName: 'Free Shipping Only',
			name: 'freeShipping',
			type: 'boolean',
			default: true,
			description: 'Whether to return only products with free shipping',
		},
		{
			displayName: 'Super Factories Only',
			name: 'superFactory',
			type: 'boolean',
			default: true,
			description: `Whether to return only products of super factories (TMAPI parameter "${superFactoryParameter}")`,
		},
		{
			displayName: 'Supports Dropshipping Only',
			name: 'supportDropshipping',
			type: 'boolean',
			default: true,
			description: 'Whether to return only products that support dropshipping',
		},
	];
}
