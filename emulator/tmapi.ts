import { drawFault, type ApiContext, type LogEntry, type Reply } from './options';
import { categoryRoutes } from './tmapi/category';
import { detailReply, itemRoutes } from './tmapi/item';
import { searchRoutes } from './tmapi/search';
import { shopRoutes } from './tmapi/shop';
import type { TmapiRoute } from './tmapi/common';
import { categoryItemV1, categoryItemV2, categoryProducts, shopItem, shopProducts, sortProducts, type ListProduct } from './tmapiCatalog';

/**
 * TMAPI's 1688 endpoints: the apiToken query parameter, failure codes in the body under
 * HTTP 200 (or as the status, or either), 422 for a bad parameter, 439 for an empty balance,
 * 503 beyond the concurrency limit, and the data quirks of tmapiCatalog.
 */

const TMAPI_MESSAGES: Record<number, string> = {
	404: 'Item not found',
	417: 'Failed to retrieve data, please try again or contact customer service.',
	422: 'Parameter error',
	439: 'Subscription expired or insufficient balance.',
	499: 'Please try again or set your request timeout to 60 seconds.',
	500: 'Unexpected error, please contact customer service.',
	503: 'API request concurrency limit exceeded, please reduce concurrency.',
};

function failure(ctx: ApiContext, code: number, entry: LogEntry): Reply {
	entry.fault ??= String(code);
	const where = ctx.options.tmapi.codeIn === 'mixed' ? (ctx.random() < 0.5 ? 'body' : 'status') : ctx.options.tmapi.codeIn;
	return { status: where === 'status' ? code : 200, body: { code, msg: TMAPI_MESSAGES[code] ?? 'error', data: null }, code };
}

export function tmapiReply(ctx: ApiContext, entry: LogEntry): Reply {
	const options = ctx.options.tmapi;
	const token = entry.query.apiToken;
	if (token === undefined) return { status: 401, body: { message: 'No API key found in request' } };
	if (token !== ctx.options.tmapiToken) return { status: 401, body: { message: 'Invalid authentication credentials' } };
	const route = `${entry.method} ${entry.path}`;
	const answer = ROUTES[route];
	if (!answer) return { status: 404, body: { message: 'no Route matched with those values' } };
	if (options.balanceExhausted) return failure(ctx, 439, entry);
	if (options.concurrencyLimit > 0 && ctx.inFlight.tmapi > options.concurrencyLimit) {
		entry.fault = 'concurrency';
		return failure(ctx, 503, entry);
	}
	const fault = drawFault(ctx.random, options.faults);
	if (fault === 'reset' || fault === 'timeout') return { status: 0, drop: fault };
	if (fault) return failure(ctx, Number(fault), entry);

	const q = entry.query;
	const ok = (data: unknown, pageKey?: string): Reply => ({ status: 200, body: { code: 200, msg: 'success', data }, code: 200, pageKey });
	const page = q.page === undefined ? 1 : Number(q.page);
	if (!Number.isInteger(page) || page < 1) return failure(ctx, 422, entry);
	const requestedSize = q.page_size === undefined ? 20 : Number(q.page_size);
	if (!Number.isInteger(requestedSize) || requestedSize < 1) return failure(ctx, 422, entry);
	const size = Math.min(requestedSize, options.maxPageSize);

	return answer(ctx, { query: q, body: (entry.body ?? {}) as Record<string, unknown>, entry, page, size, ok, fail: (code) => failure(ctx, code, entry) });
}

const slice = (products: ListProduct[], page: number, pageSize: number) => products.slice((page - 1) * pageSize, page * pageSize);

/** The four seed endpoints, then the areas' modules (the category list the credential test calls is in tmapi/category). */
const ROUTES: Record<string, TmapiRoute> = {
	'GET /1688/shop/items/v2': (ctx, { query: q, page, size, ok, fail }) => {
		const match = /^https:\/\/([a-z0-9-]+)\.1688\.com\/$/.exec(q.shop_url ?? '');
		const sorts = ['default', 'sales', 'price_up', 'price_down', 'time_up', 'time_down'];
		if (!match || (q.sort && !sorts.includes(q.sort)) || (q.cat_type && !['0', '1'].includes(q.cat_type))) return fail(422);
		let products = sortProducts(shopProducts(match[1], ctx.options.shopSize), q.sort ?? 'default');
		if (q.cat) products = products.filter((product) => product.shopCat === q.cat);
		// Quirk: the shop list gives total_count as a string.
		return ok(
			{ page, page_size: size, total_count: String(products.length), cat_id: q.cat ?? '', sort: q.sort ?? 'default', items: slice(products, page, size).map(shopItem) },
			`shop:${match[1]}:${q.sort ?? 'default'}:${q.cat ?? ''}:${size}:page=${page}`,
		);
	},
	'GET /1688/category/items/v2': (ctx, { query: q, page, size, ok, fail }) => {
		const catId = Number(q.cat_id);
		const languages = ['en', 'zh', 'ru', 'vi', 'ja', 'ko'];
		const sorts = ['default', 'sales', 'price_up', 'price_down'];
		if (!Number.isInteger(catId) || catId < 1 || (q.language && !languages.includes(q.language)) || (q.sort && !sorts.includes(q.sort))) return fail(422);
		const min = q.price_start ? Number(q.price_start) : -Infinity;
		const max = q.price_end ? Number(q.price_end) : Infinity;
		const products = sortProducts(categoryProducts(catId, ctx.options.categorySize), q.sort ?? 'default').filter(
			(p) =>
				p.price >= min &&
				p.price <= max &&
				(q.new_arrival !== 'true' || p.newArrival) &&
				(q.support_dropshipping !== 'true' || p.dropshipping) &&
				(q.free_shipping !== 'true' || p.freeShipping) &&
				(q.is_super_factory !== 'true' || p.superFactory),
		);
		const items = slice(products, page, size).map((product) => categoryItemV2(product, q.language ?? 'en'));
		const filterKey = ['price_start', 'price_end', 'new_arrival', 'support_dropshipping', 'free_shipping', 'is_super_factory'].map((k) => q[k] ?? '').join(',');
		return ok(
			{ page, page_size: size, total_count: products.length, keyword: '', sort: q.sort ?? 'default', cat_id: catId, filters: {}, items, has_next_page: page * size < products.length },
			`cat:${catId}:${q.sort ?? 'default'}:${filterKey}:${size}:page=${page}`,
		);
	},
	'GET /1688/category/items': (ctx, { query: q, page, ok, fail }) => {
		const catId = Number(q.cat_id);
		if (!Number.isInteger(catId) || catId < 1) return fail(422);
		const products = categoryProducts(catId, ctx.options.categorySize).filter(
			(p) => (q.super_factory !== 'true' || p.superFactory) && (q.support_dropshipping !== 'true' || p.dropshipping) && (q.free_shipping !== 'true' || p.freeShipping),
		);
		return ok({ page, page_size: 20, has_next_page: page * 20 < products.length, filters: {}, items: slice(products, page, 20).map(categoryItemV1) }, `catv1:${catId}:page=${page}`);
	},
	'POST /1688/item_detail_by_url': (ctx, { body, ok, fail }) => {
		const match = /^https:\/\/detail\.1688\.com\/offer\/(\d{6,20})\.html$/.exec(String(body.url ?? ''));
		if (!match) return fail(422);
		return detailReply(ctx, match[1], typeof body.language === 'string' ? body.language : 'zh', { ok, fail });
	},
	...categoryRoutes,
	...itemRoutes,
	...searchRoutes,
	...shopRoutes,
};
