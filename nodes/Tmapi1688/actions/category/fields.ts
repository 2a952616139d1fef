import { boolean } from '../../../shared/node/field';

/** Filters both category endpoints offer; `superFactoryParameter` is the API name that differs. */
export function sharedCategoryFilters(superFactoryParameter: string) {
	return [
		boolean({
			displayName: 'Free Shipping Only',
			name: 'freeShipping',
			default: true,
			description: 'Whether to return only products with free shipping',
		}),
		boolean({
			displayName: 'Super Factories Only',
			name: 'superFactory',
			default: true,
			description: `Whether to return only products of super factories (TMAPI parameter "${superFactoryParameter}")`,
		}),
		boolean({
			displayName: 'Supports Dropshipping Only',
			name: 'supportDropshipping',
			default: true,
			description: 'Whether to return only products that support dropshipping',
		}),
	];
}
