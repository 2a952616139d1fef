import type { ApiContext, LogEntry, Reply } from '../options';
import { hashString } from '../random';

/**
 * What the search and shop routes share: the shops that 1688 products belong to. A shop's
 * subdomain "shop<digits>" and its member ID "b2b-<digits>" name the same shop, so that a
 * search result leads to its shop by either.
 */
export interface EmulatedShop {
	sub: string;
	memberId: string;
	digits: string;
	url: string;
}

export function shopOfDigits(digits: string): EmulatedShop {
	return { sub: `shop${digits}`, memberId: `b2b-${digits}`, digits, url: `https://shop${digits}.1688.com/` };
}

/** The shop a subdomain or member ID names; undefined when neither has a shop's shape. */
export function findShop(query: { shop_url?: string; member_id?: string }): EmulatedShop | undefined {
	if (query.member_id !== undefined) {
		const member = /^b2b-(\d{6,16})$/.exec(query.member_id);
		if (member) return shopOfDigits(member[1]);
		return /^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$/.test(query.member_id) ? shopOfDigits(String(1_000_000 + (hashString(query.member_id) % 9_000_000))) : undefined;
	}
	const match = /^https?:\/\/([a-z0-9-]+)\.1688\.com\/?$/.exec(query.shop_url ?? '');
	if (!match) return undefined;
	const own = /^shop(\d{6,16})$/.exec(match[1]);
	return own ? shopOfDigits(own[1]) : { ...shopOfDigits(String(1_000_000 + (hashString(match[1]) % 9_000_000))), sub: match[1], url: `https://${match[1]}.1688.com/` };
}

/** The shop a product of a list belongs to: one of a handful per list, fixed by the list's seed. */
export function shopOfProduct(seed: number, itemId: number): EmulatedShop {
	return shopOfDigits(String(2_200_000_000 + ((seed % 1000) * 10 + (itemId % 7)) * 1009));
}

/** TMAPI's boolean query values: "true"/"1" switch a filter on. */
export const isOn = (value: string | undefined) => value === 'true' || value === '1';

/** A total the way search engines give it: a little above the products that can be paged through. */
export const approximateTotal = (count: number, seed: number) => count + 1 + (seed % 7);

/** What a route sees of one request: its query and body, paging already read, and the two answers. */
export interface TmapiRequest {
	query: Record<string, string>;
	body: Record<string, unknown>;
	entry: LogEntry;
	/** Page asked for (1 when absent), and the page size after the account's cap (20 when absent). */
	page: number;
	size: number;
	ok: (data: unknown, pageKey?: string) => Reply;
	fail: (code: number) => Reply;
}

/** One endpoint, keyed in ROUTES by "METHOD /path". */
export type TmapiRoute = (ctx: ApiContext, request: TmapiRequest) => Reply;
