import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

/**
 * What the pages of one TMAPI list say about it, with no request of its own: a page is added
 * (`PageList.accept`), which says when the list is complete; `checkEnd` refuses an end that would
 * pass a partial list for a whole one. api/pagination.ts fetches the pages and hands them here.
 */

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

const DEFAULT_PAGE_SIZE = 20;

/** Why the list ended after a page. */
type End = 'limit' | 'empty' | 'last' | 'total' | 'short';

export function toCount(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.floor(value);
	if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
	return undefined;
}

function itemKey(item: IDataObject): string | undefined {
	const id = item.item_id ?? item.offer_id ?? item.id ?? item.member_id;
	return id === undefined || id === null ? undefined : String(id);
}

/**
 * The page size to count pages with. It comes from what was asked, never from the
 * answer alone: an answer that reports a smaller `page_size` is believed only when the
 * first page holds exactly that many products (the API capped the size). Without a size
 * asked (category v1) the first page's own length is the size.
 */
function effectivePageSize(query: PageQuery, first: FetchedPage): number {
	const answered = toCount(first.meta.page_size);
	if (query.pageSize === undefined) return first.items.length || answered || DEFAULT_PAGE_SIZE;
	if (answered !== undefined && answered > 0 && answered < query.pageSize && first.items.length === answered) return answered;
	return query.pageSize;
}

/** Pages and total_count disagree: no product of the input is output rather than a partial list. */
function pagesDisagree(node: INode, itemIndex: number, message: string): NodeOperationError {
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

/** The pages of one list as they come, de-duplicated and cut at Limit. */
export class PageList {
	readonly pages: FetchedPage[] = [];
	/** The size pages are counted with (see `effectivePageSize`). */
	readonly pageSize: number;
	/** total_count of the first page, when it gives one. */
	readonly total: number | undefined;
	/** Products the pages held, repeats included: what total_count counts. */
	held = 0;
	/** Products kept (after de-duplication and Limit). */
	private collected = 0;
	private readonly seen = new Set<string>();
	/** Products before the start page, as far as the page size tells. */
	private readonly offset: number;

	constructor(
		private readonly node: INode,
		private readonly query: PageQuery,
		private readonly first: FetchedPage,
	) {
		this.pageSize = effectivePageSize(query, first);
		this.total = toCount(first.meta.total_count);
		this.offset = (query.startPage - 1) * this.pageSize;
	}

	/** Adds a page; returns why the list is complete after it, or undefined to go on. */
	accept(fetched: FetchedPage): End | undefined {
		const { query, total } = this;
		const fresh: IDataObject[] = [];
		let repeated = 0;
		for (const item of fetched.items) {
			const key = itemKey(item);
			if (key !== undefined && this.seen.has(key)) {
				repeated++;
				continue;
			}
			if (key !== undefined) this.seen.add(key);
			fresh.push(item);
		}
		if (fetched.items.length > 0 && repeated === fetched.items.length && this.pages.length > 0) {
			throw new NodeOperationError(this.node, `TMAPI returned page ${fetched.page} with only products already seen on earlier pages`, {
				itemIndex: query.itemIndex,
				description: 'The API seems to ignore the page number. The node stopped instead of looping; try again later or lower Max Pages.',
			});
		}
		const remaining = query.limit === undefined ? fresh.length : Math.max(0, query.limit - this.collected);
		const kept = fresh.slice(0, remaining);
		this.pages.push({ ...fetched, items: kept });
		this.collected += kept.length;
		this.held += fetched.items.length;

		const hasNext = fetched.meta.has_next_page;
		if (query.limit !== undefined && this.collected >= query.limit) return 'limit';
		if (fetched.items.length === 0) return 'empty';
		if (hasNext === false) return 'last';
		if (total !== undefined && this.offset + this.held >= total && !(query.approximateTotal && hasNext === true)) return 'total';
		if (total === undefined && hasNext !== true) {
			// Neither a total nor has_next_page: a short page is the last one. The first page
			// is measured against the size asked (or answered), the others against the first.
			const expected = fetched === this.first ? (query.pageSize ?? toCount(this.first.meta.page_size) ?? DEFAULT_PAGE_SIZE) : this.pageSize;
			if (fetched.items.length < expected) return 'short';
		}
		return undefined;
	}

	/** The list ended at `end`, `later` fetched after it: refuse to pass a partial list for a whole one. */
	checkEnd(end: { reason: End; page: number }, later: FetchedPage[]): void {
		const { node, query, total, held } = this;
		if (end.reason === 'limit') return;
		const after = later.find((page) => page.items.length > 0);
		if ((end.reason === 'empty' || end.reason === 'last') && after) {
			throw pagesDisagree(
				node,
				query.itemIndex,
				`TMAPI pages disagree: page ${end.page} ${end.reason === 'empty' ? 'was empty' : 'reported has_next_page false'} but page ${after.page} held ${after.items.length} products`,
			);
		}
		if (end.reason === 'total') {
			// Pages fetched side by side beyond the total: keep what they add, never drop it silently.
			for (const page of later) {
				if (page.items.length === 0) break;
				if (page.items.every((item) => this.seen.has(itemKey(item) ?? ''))) continue;
				if (this.accept(page) === 'limit') break;
			}
			return;
		}
		if (!query.approximateTotal && query.limit === undefined && query.startPage === 1 && total !== undefined && held < total) {
			const why = end.reason === 'empty' ? 'was empty' : end.reason === 'last' ? 'reported has_next_page false' : 'was short';
			throw pagesDisagree(node, query.itemIndex, `TMAPI reported ${total} products (total_count) but the pages held ${held}: page ${end.page} ${why}`);
		}
	}
}
