/**
 * 1688 addresses as users paste them, turned into what TMAPI expects.
 * Each function returns the normalized value, or an explanation of what is wrong.
 */
export type Normalized = { ok: true; value: string } | { ok: false; expectation: string };

/** Subdomains of 1688.com that are site pages, not shops. */
const NOT_SHOPS = new Set(['www', 'detail', 's', 'm', 'login', 'work', 'air', 'offer', 'page', 'sale', 'search', 'trade', 'cart', 'dj', 'show', 'i', 'cbu01', 'img', 'fuwu', 'detail.m']);

const SHOP_EXAMPLE = 'use a 1688 shop address such as https://xldjjg.1688.com/ (or just xldjjg.1688.com)';
const ITEM_EXAMPLE = 'use a 1688 product address such as https://detail.1688.com/offer/859086919394.html, a mobile offer link, or the offer ID 859086919394';

function parseLoose(input: string): URL | undefined {
	const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input.replace(/^\/+/, '')}`;
	try {
		const url = new URL(withScheme);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}

function subdomainOf1688(url: URL): string | undefined {
	const host = url.hostname.toLowerCase();
	if (host === '1688.com') return '';
	return host.endsWith('.1688.com') ? host.slice(0, -'.1688.com'.length) : undefined;
}

function offerIdIn(url: URL): string | undefined {
	const fromPath = /\/offer\/(\d{6,20})\.html?/i.exec(url.pathname);
	if (fromPath) return fromPath[1];
	const fromQuery = url.searchParams.get('offerId') ?? url.searchParams.get('offerid');
	return fromQuery && /^\d{6,20}$/.test(fromQuery) ? fromQuery : undefined;
}

/**
 * Accepts "https://xldjjg.1688.com/", "xldjjg.1688.com", with or without a path, and returns
 * the shop's home page "https://xldjjg.1688.com/". A winport link with a memberId (as item
 * details give it) is passed on unchanged. Non-1688 hosts and product pages are refused.
 */
export function normalizeShopUrl(input: string): Normalized {
	const url = parseLoose(input.trim());
	const sub = url ? subdomainOf1688(url) : undefined;
	if (!url || sub === undefined) return { ok: false, expectation: `${SHOP_EXAMPLE}; the host must end in .1688.com` };
	if (sub === 'winport.m' && url.searchParams.get('memberId')) return { ok: true, value: url.toString() };
	if (offerIdIn(url)) {
		return { ok: false, expectation: `this is a product address; for one product use Item → Get Detail, for a shop ${SHOP_EXAMPLE}` };
	}
	if (sub === '' || NOT_SHOPS.has(sub) || !/^[a-z0-9][a-z0-9-]*$/.test(sub)) {
		return { ok: false, expectation: `"${url.hostname}" is a 1688 site page, not a shop; ${SHOP_EXAMPLE}` };
	}
	return { ok: true, value: `https://${sub}.1688.com/` };
}

/**
 * Accepts a desktop or mobile offer link, or a bare offer ID, and returns
 * "https://detail.1688.com/offer/<id>.html". Shop addresses and other hosts are refused.
 */
export function normalizeItemUrl(input: string): Normalized {
	const trimmed = input.trim();
	if (/^\d{6,20}$/.test(trimmed)) return { ok: true, value: `https://detail.1688.com/offer/${trimmed}.html` };
	const url = parseLoose(trimmed);
	const sub = url ? subdomainOf1688(url) : undefined;
	if (!url || sub === undefined) return { ok: false, expectation: `${ITEM_EXAMPLE}; the host must end in .1688.com` };
	const offerId = offerIdIn(url);
	if (offerId) return { ok: true, value: `https://detail.1688.com/offer/${offerId}.html` };
	if (sub !== '' && !NOT_SHOPS.has(sub)) {
		return { ok: false, expectation: `this is a shop address; for a shop's products use Shop → Get Many Items, for one product ${ITEM_EXAMPLE}` };
	}
	return { ok: false, expectation: `no offer ID found in this address; ${ITEM_EXAMPLE}` };
}

/** Hosts whose images TMAPI's image search recognises (Alibaba's own image hosts and sites). */
const ALIBABA_IMAGE_HOSTS = ['alicdn.com', '1688.com', 'alibaba.com', 'taobao.com', 'tmall.com', 'taobaocdn.com', 'tbcdn.cn'];

const IMAGE_EXAMPLE = 'use the address of an image, such as https://cbu01.alicdn.com/img/ibank/O1CN01example.jpg or https://example.com/photo.jpg';

/**
 * An image address for image search: an http(s) URL ("//host/…" becomes https), or a path
 * that TMAPI's URL conversion gave ("/search/imgextra/…"). `alibaba` tells whether the
 * image search takes it as it is, or whether it must be converted first.
 */
export function normalizeImageUrl(input: string): Normalized & { alibaba?: boolean } {
	const trimmed = input.trim();
	if (/^\/[^/]/.test(trimmed)) return { ok: true, value: trimmed, alibaba: true };
	const withScheme = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return { ok: false, expectation: IMAGE_EXAMPLE };
	}
	if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) return { ok: false, expectation: IMAGE_EXAMPLE };
	const host = url.hostname.toLowerCase();
	const alibaba = ALIBABA_IMAGE_HOSTS.some((domain) => host === domain || host.endsWith(`.${domain}`));
	return { ok: true, value: url.toString(), alibaba };
}
