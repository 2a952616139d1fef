import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

/** What one page of a TMAPI list is, and what it says about the list. */

/** How many pages and products one list may take: what the list operations' options set. */
export interface Paging {
	/** Sent as page_size when the endpoint has it (category v1 does not). */
	pageSize?: number;
	startPage: number;
	/** Items wanted in all; undefined = every item. */
	limit?: number;
	/** Safety cap on pages fetched for one input item. */
	maxPages: number;
}

/** One list to fetch: the endpoint, its filters, the paging. */
export interface PageQuery extends Paging {
	path: string;
	/** Filters and the like, without page and page_size. */
	qs: IDataObject;
	itemIndex: number;
	/** The field of `data` that holds the page's records: "items" unless given (reviews come in "list"). */
	listKey?: string;
	/**
	 * The total is an estimate (search endpoints): a list that ends short of it is complete,
	 * and `has_next_page: true` is believed over a total already reached.
	 */
	approximateTotal?: boolean;
}

export interface FetchedPage {
	page: number;
	/** The page's `data` object minus its records (total_count, has_next_page, filters…). */
	meta: IDataObject;
	items: IDataObject[];
}

export const DEFAULT_PAGE_SIZE = 20;

/** Why the list ended after a page. */
export type End = 'limit' | 'empty' | 'last' | 'total' | 'short';

export function toCount(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.floor(value);
	if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
	return undefined;
}

export function itemKey(item: IDataObject): string | undefined {
	const id = item.item_id ?? item.offer_id ?? item.id ?? item.member_id;
	return id === undefined || id === null ? undefined : String(id);
}

/**
 * The page size to count pages with. It comes from what was asked, never from the
 * answer alone: an answer that reports a smaller `page_size` is believed only when the
 * first page holds exactly that many products (the API capped the size). Without a size
 * asked (category v1) the first page's own length is the size.
 */
export function effectivePageSize(query: PageQuery, first: FetchedPage): number {
	const answered = toCount(first.meta.page_size);
	if (query.pageSize === undefined) return first.items.length || answered || DEFAULT_PAGE_SIZE;
	if (answered !== undefined && answered > 0 && answered < query.pageSize && first.items.length === answered) return answered;
	return query.pageSize;
}

/** Pages and total_count disagree: no product of the input is output rather than a partial list. */
export function pagesDisagree(node: INode, itemIndex: number, message: string): NodeOperationError {
	return new NodeOperationError(node, message, {
		itemIndex,
		description:
			"TMAPI's pages and its total do not agree, so the list may be missing products. No product of this input was output, so that a partial list never passes for a whole one. Try again later; if it persists, use Limit or filters to read a part of the list.",
	});
}

/** The list needs more pages than Max Pages allows. */
export function tooManyPages(node: INode, itemIndex: number, message: string): NodeOperationError {
	return new NodeOperationError(node, message, {
		itemIndex,
		description: 'Raise the Max Pages option, or use Limit or filters to ask for fewer products. Nothing was left half done: no product of this input was output.',
	});
}
