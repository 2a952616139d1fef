import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { boolean, integer, type Field } from '../../../shared/node/field';
import { toCount, type FetchedPage } from '../../api/pagination';
import { listOptionFields, type ListSettings } from '../common/list';

/** Sorts every product search offers (TMAPI parameter "sort"). */
export const SEARCH_SORTS = ['default', 'sales', 'price_up', 'price_down'] as const;

/** Languages of the multilingual (global) search endpoints. */
export const GLOBAL_LANGUAGES = ['en', 'zh', 'ru', 'th', 'pt', 'es', 'tr', 'vi', 'ja', 'ko'] as const;

/** The most products a search page holds: TMAPI documents 20 as the maximum of its search endpoints. */
export const SEARCH_MAX_PAGE_SIZE = 20;

/** Fields of a collection in the order the editor lists them: by name. */
export const byDisplayName = <F extends Field>(fields: readonly F[]): F[] => [...fields].sort((a, b) => a.property.displayName.localeCompare(b.property.displayName));

const pageSize = integer({
	displayName: 'Page Size',
	name: 'pageSize',
	min: 1,
	max: SEARCH_MAX_PAGE_SIZE,
	default: 20,
	description: 'Products per request, at most 20 (the maximum TMAPI documents for search)',
});

/** The list options of a search: those of every list, with a Page Size of at most 20. */
export const searchListOptionFields = () => byDisplayName([...listOptionFields(false), pageSize]);

/** The boolean filters of the product searches, by field name → TMAPI parameter. */
export const SEARCH_FLAGS = {
	freeShipping: 'free_shipping',
	isFactory: 'is_factory',
	newArrival: 'new_arrival',
	supportDropshipping: 'support_dropshipping',
	verifiedSupplier: 'verified_supplier',
} as const;

export const flagFields = [
	boolean({ displayName: 'Factories Only', name: 'isFactory', default: true, description: 'Whether to return only products of factories (TMAPI parameter "is_factory")' }),
	boolean({ displayName: 'Free Shipping Only', name: 'freeShipping', default: true, description: 'Whether to return only products with free shipping (TMAPI parameter "free_shipping")' }),
	boolean({ displayName: 'New Arrivals Only', name: 'newArrival', default: true, description: 'Whether to return only new products (TMAPI parameter "new_arrival")' }),
	boolean({
		displayName: 'Supports Dropshipping Only',
		name: 'supportDropshipping',
		default: true,
		description: 'Whether to return only products that support dropshipping (TMAPI parameter "support_dropshipping")',
	}),
	boolean({
		displayName: 'Verified Suppliers Only',
		name: 'verifiedSupplier',
		default: true,
		description: 'Whether to return only products of verified suppliers (TMAPI parameter "verified_supplier")',
	}),
] as const;

/** The query of the flag filters that are set. */
export function flagQuery(filters: Partial<Record<keyof typeof SEARCH_FLAGS, boolean>>): IDataObject {
	const qs: IDataObject = {};
	for (const [field, parameter] of Object.entries(SEARCH_FLAGS)) qs[parameter] = filters[field as keyof typeof SEARCH_FLAGS];
	return qs;
}

/**
 * Search totals are estimates: a search that ends a little short of its total_count is whole.
 * When Return All from page 1 outputs another count than the total, the editor shows it as an
 * execution hint, so that the difference is never silent.
 */
export function hintApproximateTotal(ctx: IExecuteFunctions, pages: FetchedPage[], settings: ListSettings, what: string): void {
	if (settings.limit !== undefined || settings.startPage !== 1 || pages.length === 0) return;
	const total = toCount(pages[0].meta.total_count);
	const count = pages.reduce((sum, page) => sum + page.items.length, 0);
	if (total === undefined || total === count) return;
	ctx.addExecutionHints({
		message: `TMAPI estimated ${total} ${what} for this search (total_count); the pages held ${count}, and all of them were output. Search totals are approximate.`,
		type: 'info',
		location: 'outputPane',
	});
}
