import { hashString } from '../random';
import { categoryItemV2, categoryProducts, sortProducts, type ListProduct } from '../tmapiCatalog';
import { approximateTotal, isOn, shopOfProduct, type TmapiRoute } from './common';

/**
 * TMAPI's 1688 searches: by keyword (Chinese, and translated "global"), by image, and for
 * factories. Results are built from the catalog's products, seeded by what is searched, so the
 * same search gives the same pages. Pages hold at most 20 products (TMAPI's documented maximum
 * for search); totals are approximate, a little above what the pages hold, as real search gives them.
 */

const SORTS = ['default', 'sales', 'price_up', 'price_down'];
const LANGUAGES = ['en', 'zh', 'ru', 'th', 'pt', 'es', 'tr', 'vi', 'ja', 'ko'];
const SEARCH_PAGE_MAX = 20;
const IMAGE_ENDPOINTS = ['/search/image', '/global/search/image', '/global/search/image/v2'];

/** Products a search finds: between 30 and 89 of them, fixed by the search's seed. */
function found(seed: number, query: Record<string, string>): ListProduct[] {
	const min = query.price_start ? Number(query.price_start) : -Infinity;
	const max = query.price_end ? Number(query.price_end) : Infinity;
	const moq = query.moq ? Number(query.moq) : Infinity;
	return sortProducts(categoryProducts(900_000 + (seed % 90_000), 30 + (seed % 60)), query.sort ?? 'default').filter(
		(p) =>
			p.price >= min &&
			p.price <= max &&
			moqOf(p) <= moq &&
			(!isOn(query.support_dropshipping) || p.dropshipping) &&
			(!isOn(query.free_shipping) || p.freeShipping) &&
			(!isOn(query.new_arrival) || p.newArrival) &&
			(!isOn(query.is_factory) || p.superFactory || p.itemId % 3 === 0) &&
			(!isOn(query.verified_supplier) || p.itemId % 2 === 0),
	);
}

const moqOf = (product: ListProduct) => 1 + (product.itemId % 5) * 10;

/** One search result: the category list's shape, with the shop it leads to and its MOQ. */
function searchItem(product: ListProduct, seed: number, language: string, global: boolean) {
	const base = categoryItemV2(product, language);
	const shop = shopOfProduct(seed, product.itemId);
	return {
		...base,
		...(global ? { title_origin: product.title.zh } : {}),
		moq: String(moqOf(product)),
		quantity_begin: String(moqOf(product)),
		shop_info: { ...base.shop_info, member_id: shop.memberId, shop_url: shop.url, login_id: `示例工厂${shop.digits.slice(-4)}` },
	};
}

const badSort = (q: Record<string, string>) => q.sort !== undefined && !SORTS.includes(q.sort);
const badLanguage = (q: Record<string, string>) => q.language !== undefined && !LANGUAGES.includes(q.language);
const badPrice = (q: Record<string, string>) => ['price_start', 'price_end'].some((key) => q[key] !== undefined && !/^\d+(\.\d+)?$/.test(q[key]));
const withoutKeys = <T extends object>(value: T, keys: string[]) => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
const pageOf = <T>(list: T[], page: number, size: number) => list.slice((page - 1) * size, page * size);

/** An image search takes only images hosted by Alibaba, or a path the URL conversion gave. */
function alibabaImage(value: string | undefined): boolean {
	if (!value) return false;
	if (/^\/search\/img[a-z0-9]*\//.test(value)) return true;
	try {
		const host = new URL(value).hostname;
		return host === 'alicdn.com' || host.endsWith('.alicdn.com');
	} catch {
		return false;
	}
}

/** The answer of a product search, page by page. */
function productPage(seed: number, q: Record<string, string>, page: number, requested: number, options: { language: string; global: boolean; total: boolean }) {
	const size = Math.min(requested, SEARCH_PAGE_MAX);
	const products = found(seed, q);
	return {
		page,
		page_size: size,
		...(options.total ? { total_count: approximateTotal(products.length, seed) } : {}),
		keyword: q.keyword ?? '',
		sort: q.sort ?? 'default',
		cat_id: q.cat_id ? Number(q.cat_id) : null,
		filters: {},
		has_next_page: page * size < products.length,
		items: pageOf(products, page, size).map((product) => searchItem(product, seed, options.language, options.global)),
	};
}

const pageKey = (kind: string, seed: number, q: Record<string, string>, size: number, page: number) =>
	`${kind}:${seed}:${Object.keys(q).filter((k) => !['apiToken', 'page'].includes(k)).sort().map((k) => `${k}=${q[k]}`).join('&')}:${Math.min(size, SEARCH_PAGE_MAX)}:page=${page}`;

function imageSearch(global: boolean): TmapiRoute {
	return (_ctx, { query: q, page, size, ok, fail }) => {
		if (!alibabaImage(q.img_url) || badSort(q) || badPrice(q) || (global && badLanguage(q))) return fail(422);
		const seed = hashString(`image:${q.img_url}`);
		return ok(productPage(seed, q, page, size, { language: global ? (q.language ?? 'en') : 'zh', global, total: true }), pageKey(global ? 'gimage' : 'image', seed, q, size, page));
	};
}

/** Factories found by keywords: 25 to 54 of them, each with a few of its offers. */
function factories(keywords: string) {
	const seed = hashString(`factories:${keywords}`);
	const products = categoryProducts(800_000 + (seed % 90_000), 3 * (25 + (seed % 30)));
	return Array.from({ length: products.length / 3 }, (_, index) => {
		const offers = products.slice(index * 3, index * 3 + 3);
		const shop = shopOfProduct(seed + index, offers[0].itemId);
		const repurchase = 10 + (Math.floor(offers[0].itemId / 8) % 60);
		return {
			member_id: shop.memberId,
			company_name: `${['义乌', '广州', '深圳', '台州'][index % 4]}市示例${keywords}工厂${index + 1}号`,
			shop_url: shop.url,
			location: ['浙江 义乌', '广东 广州', '广东 深圳', '浙江 台州'][index % 4],
			repurchase_rate: `${repurchase}%`,
			factory_years: 1 + (offers[1].itemId % 15),
			employees: `${50 * (1 + (offers[2].itemId % 20))}+`,
			main_products: offers.map((offer) => offer.title.zh.replace(/ \d+号$/, '')),
			offers: offers.map((offer) => ({
				item_id: String(offer.itemId),
				title: offer.title.zh,
				img: `//cbu01.alicdn.com/img/ibank/O1CN01${offer.itemId.toString(36)}0_!!2214636595930-0-cib.jpg`,
				price: offer.price.toFixed(2),
			})),
			sortKey: repurchase,
		};
	});
}

export const searchRoutes: Record<string, TmapiRoute> = {
	'GET /1688/search/items': (_ctx, { query: q, page, size, ok, fail }) => {
		if (!q.keyword?.trim() || badSort(q) || badPrice(q) || (q.moq !== undefined && !/^\d+$/.test(q.moq))) return fail(422);
		const seed = hashString(`keyword:${q.keyword}`);
		return ok(productPage(seed, q, page, size, { language: 'zh', global: false, total: true }), pageKey('search', seed, q, size, page));
	},
	'GET /1688/global/search/items': (_ctx, { query: q, page, size, ok, fail }) => {
		if ((!q.keyword?.trim() && !/^\d+$/.test(q.cat_id ?? '')) || badSort(q) || badPrice(q) || badLanguage(q)) return fail(422);
		const seed = hashString(`keyword:${q.keyword ?? ''}:cat:${q.cat_id ?? ''}`);
		// As documented: has_next_page, no total.
		return ok(productPage(seed, q, page, size, { language: q.language ?? 'en', global: true, total: false }), pageKey('gsearch', seed, q, size, page));
	},
	'GET /1688/search/image': imageSearch(false),
	'GET /1688/global/search/image': imageSearch(true),
	'POST /1688/tools/image/convert_url': (_ctx, { body, ok, fail }) => {
		const url = typeof body.url === 'string' ? body.url : '';
		const endpoint = body.search_api_endpoint === undefined ? '/search/image' : body.search_api_endpoint;
		if (!/^https?:\/\/[^/\s]+\.[^/\s]+/.test(url) || typeof endpoint !== 'string' || !IMAGE_ENDPOINTS.includes(endpoint)) return fail(422);
		return ok({ image_url: `https://cbu01.alicdn.com/search/imgextra/${hashString(url).toString(36)}_${url.length}.jpg` }, `convert:${url}`);
	},
	'GET /1688/search/factories': (_ctx, { query: q, page, size, ok, fail }) => {
		if (!q.keywords?.trim() || (q.sort !== undefined && !['default', 'repurchase_rate'].includes(q.sort))) return fail(422);
		const seed = hashString(`factories:${q.keywords}`);
		let list = factories(q.keywords);
		if (q.sort === 'repurchase_rate') list = [...list].sort((a, b) => b.sortKey - a.sortKey || a.member_id.localeCompare(b.member_id));
		const pageSize = Math.min(size, SEARCH_PAGE_MAX);
		return ok(
			{
				page,
				page_size: pageSize,
				total_count: approximateTotal(list.length, seed),
				keywords: q.keywords,
				sort: q.sort ?? 'default',
				has_next_page: page * pageSize < list.length,
				items: pageOf(list, page, pageSize).map((factory) => withoutKeys(factory, ['sortKey'])),
			},
			pageKey('factories', seed, q, size, page),
		);
	},
};
