import type { IDataObject } from 'n8n-workflow';

/**
 * Whether a 1688 offer is gone, from TMAPI's answer to an item detail. TMAPI documents no
 * answer for a removed offer, so the forms read here are the plausible ones (README, "Gone
 * offers"): a failure whose message says the item is not found / does not exist, or is
 * offline / delisted / removed (English or Chinese), or a failure code 404 in the body; a
 * detail whose status field says offline/delisted; a detail with no stock on any SKU.
 * Pure: the answer is a stranger's, so texts are bounded before they are matched.
 */

export type GoneReason = 'not_found' | 'delisted' | 'out_of_stock';

/** What a failure gives to judge by: the code TMAPI (or HTTP) gave, the HTTP status, the message. */
export interface FailureFacts {
	code?: unknown;
	httpStatus?: unknown;
	msg?: unknown;
}

const DELISTED = /下架|已删除|失效|offline|off[ -]?shelf|delisted|taken down|removed|deleted|no longer (?:available|on sale)|expired/i;
const NOT_FOUND = /不存在|找不到|未找到|无此商品|not (?:be )?found|not exist|does ?n[o']t exist|no such (?:item|offer|product)|invalid (?:item|offer)/i;
/** Failures that say nothing of the offer: account, token, limits, the service itself. */
const NOT_ABOUT_THE_OFFER = new Set([401, 403, 429, 439, 499, 500, 502, 503, 504]);

const numberOf = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,4}$/.test(value.trim()) ? Number(value) : undefined);

/** The reason a failed item detail means the offer is gone, or undefined when it is any other failure. */
export function goneFromFailure(facts: FailureFacts): GoneReason | undefined {
	const code = numberOf(facts.code);
	if (code !== undefined && NOT_ABOUT_THE_OFFER.has(code)) return undefined;
	const message = typeof facts.msg === 'string' ? facts.msg.slice(0, 500) : '';
	if (DELISTED.test(message)) return 'delisted';
	if (NOT_FOUND.test(message)) return 'not_found';
	// A code 404 in a body that came with HTTP 200: TMAPI's own "no such item" (a bare HTTP 404 is a wrong address).
	return code === 404 && numberOf(facts.httpStatus) === 200 ? 'not_found' : undefined;
}

const STATUS_FIELDS = ['status', 'offer_status', 'item_status'] as const;

/** A stock figure: a number or numeric text of 0 or more; undefined when it is neither. */
function stockOf(value: unknown): number | undefined {
	const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,12}(?:\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
	return number !== undefined && Number.isFinite(number) && number >= 0 ? number : undefined;
}

/** The reason an item detail that came back means the offer is gone, or undefined when it is on sale. */
export function goneFromDetail(detail: IDataObject): GoneReason | undefined {
	for (const field of STATUS_FIELDS) {
		const status = detail[field];
		if (typeof status === 'string' && DELISTED.test(status.slice(0, 100))) return 'delisted';
	}
	if (detail.is_offline === true || detail.is_delisted === true) return 'delisted';
	if (detail.is_sold_out === true) return 'out_of_stock';
	const skus = Array.isArray(detail.skus) ? (detail.skus as unknown[]) : [];
	if (skus.length > 0) {
		const stocks = skus.map((sku) => (sku !== null && typeof sku === 'object' ? stockOf((sku as IDataObject).stock) : undefined));
		// Only when every SKU says how much it has, and each has none.
		return stocks.every((stock) => stock === 0) ? 'out_of_stock' : undefined;
	}
	return stockOf(detail.stock) === 0 ? 'out_of_stock' : undefined;
}
