import { drawFault, type ApiContext, type LogEntry, type Reply } from './options';
import { decodePageInfo, encodePageInfo, pageLinks, type ShoplineRequest, type ShoplineRoute } from './shopline/routing';
import { inventoryRoute } from './shopline/inventory';
import { collectionsRoute } from './shopline/collections';
import { orderRoute } from './shopline/orders';
import { customerRoute } from './shopline/customers';
import { draftOrderRoute } from './shopline/draftOrders';
import { draftOrderReadRoute } from './shopline/draftOrderReads';
import { FILTER_KEYS, type ProductFilters, type StoreProduct } from './shoplineStore';
import { imageRoute } from './shopline/images';
import { metafieldRoute } from './shopline/metafields';
import { variantRoute } from './shopline/variants';
import { oauthReply } from './shopline/oauth';
import { webhookRoute } from './shopline/webhooks';

/**
 * SHOPLINE's Admin Open API: Bearer token, known API versions (others are redirected to
 * SHOPLINE's website, as the real service does), the store's leaky bucket (429), then the
 * first of ROUTES that answers. Products live here; each other area is a module of its own
 * under shopline/, keeping its state beside the store it belongs to.
 */

const SHOPLINE_VERSIONS = new Set(['v20250301', 'v20250601', 'v20251201', 'v20260301', 'v20260601', 'v20260901', 'v20261201']);

export function shoplineReply(ctx: ApiContext, entry: LogEntry): Reply {
	const oauth = oauthReply(ctx, entry, ctx.raw);
	if (oauth) return oauth;
	const match = /^\/admin\/openapi\/([^/]+)\/(.+)$/.exec(entry.path);
	if (!match || !SHOPLINE_VERSIONS.has(match[1])) {
		// SHOPLINE sends unknown stores and versions to its website.
		return { status: 302, headers: { Location: 'https://www.shopline.com/' } };
	}
	const [, version, resource] = match;
	const request: ShoplineRequest = { version, resource, query: entry.query, body: (entry.body ?? {}) as Record<string, unknown>, entry };
	const auth = ctx.request.headers.authorization ?? '';
	const appToken = auth.startsWith('Bearer ') ? ctx.appTokens.check(auth.slice(7)) : 'unknown';
	if (appToken !== 'unknown') entry.appToken = auth.slice(7);
	if (appToken === 'expired') return { status: 401, body: { errors: '[API] Invalid API key or access token (access token expired)' } };
	if (auth !== `Bearer ${ctx.options.shoplineToken}` && appToken !== 'valid') {
		return { status: 401, body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } };
	}
	if (!ctx.takeFromBucket()) {
		entry.fault = 'rate-limit';
		return { status: 429, body: { errors: 'Too many request' } };
	}
	const fault = drawFault(ctx.random, ctx.options.shopline.faults);
	if (fault === 'reset' || fault === 'timeout') return { status: 0, drop: fault };
	if (fault) {
		entry.fault = fault;
		return { status: Number(fault), body: { errors: fault === '429' ? 'Too many request' : 'Service temporarily unavailable' } };
	}

	for (const route of ROUTES) {
		const reply = route(ctx, request);
		if (reply) return reply;
	}
	return { status: 404, body: { errors: 'Not Found' } };
}

/** Products: list with cursor pages, count, get, create, update, delete. */
const productRoute: ShoplineRoute = (ctx, request) => {
	const { resource, query: q, body, entry } = request;
	const single = /^products\/(\d+)\.json$/.exec(resource);
	if (!single && resource !== 'products/products.json' && resource !== 'products/count.json') return undefined;
	const fields = (product: StoreProduct) => {
		if (!q.fields) return product;
		const wanted = q.fields.split(',').map((field) => field.trim());
		return Object.fromEntries(Object.entries(product).filter(([key]) => wanted.includes(key)));
	};
	const badDate = FILTER_KEYS.filter((key) => key.endsWith('_min') || key.endsWith('_max')).find((key) => q[key] !== undefined && Number.isNaN(Date.parse(q[key])));
	if (badDate) return { status: 400, body: { errors: `${badDate} must be an ISO 8601 date` } };

	if (entry.method === 'GET' && resource === 'products/products.json') {
		const limit = q.limit === undefined ? 50 : Number(q.limit);
		if (!Number.isInteger(limit) || limit < 1 || limit > 250) return { status: 400, body: { errors: 'limit must be between 1 and 250' } };
		let state: { f: ProductFilters; o: number };
		if (q.page_info !== undefined) {
			const decoded = decodePageInfo<ProductFilters>(q.page_info);
			if (!decoded) return { status: 400, body: { errors: 'Invalid page_info' } };
			state = decoded;
			entry.filtersWithPageInfo = FILTER_KEYS.some((key) => q[key] !== undefined);
		} else {
			const filters: ProductFilters = {};
			for (const key of FILTER_KEYS) if (q[key] !== undefined) filters[key] = q[key];
			state = { f: filters, o: 0 };
		}
		const all = ctx.store.list(state.f);
		const products = all.slice(state.o, state.o + limit);
		// Serialised once per product and reused, so the answer costs the emulator little
		// beyond the configured latency.
		const json = q.fields ? undefined : `{"products":[${products.map((product) => ctx.store.json(product)).join(',')}]}`;
		const links = pageLinks(ctx, request, 'products/products.json', (offset) => encodePageInfo({ f: state.f, o: offset }), { offset: state.o, limit, total: all.length });
		return {
			status: 200,
			body: json ?? { products: products.map(fields) },
			headers: { ...(json ? { 'Content-Type': 'application/json; charset=utf-8' } : {}), ...links },
			pageKey: `products:${JSON.stringify(state.f)}:${limit}:${state.o}`,
		};
	}
	if (entry.method === 'GET' && resource === 'products/count.json') {
		const filters: ProductFilters = {};
		for (const key of ['collection_id', 'created_at_min', 'created_at_max', 'updated_at_min', 'updated_at_max', 'status'] as const) if (q[key] !== undefined) filters[key] = q[key];
		return { status: 200, body: { count: ctx.store.list(filters).length } };
	}
	if (entry.method === 'POST' && resource === 'products/products.json') {
		const product = body.product as Record<string, unknown> | undefined;
		if (!product || typeof product.title !== 'string' || product.title.trim() === '') return { status: 422, body: { errors: { title: ["can't be blank"] } } };
		if (typeof product.handle === 'string' && ctx.store.byHandle(product.handle)) return { status: 422, body: { errors: { handle: ['has already been taken'] } } };
		return { status: 201, body: { product: ctx.store.create(product) } };
	}
	if (single) {
		const id = single[1];
		if (entry.method === 'GET') {
			const product = ctx.store.get(id);
			return product ? { status: 200, body: { product: fields(product) } } : { status: 404, body: { errors: 'Not Found' } };
		}
		if (entry.method === 'PUT') {
			const changes = body.product as Record<string, unknown> | undefined;
			if (!changes || typeof changes !== 'object') return { status: 400, body: { errors: 'product is required' } };
			const product = ctx.store.update(id, changes);
			return product ? { status: 200, body: { product } } : { status: 404, body: { errors: 'Not Found' } };
		}
		if (entry.method === 'DELETE') return ctx.store.delete(id) ? { status: 200 } : { status: 404, body: { errors: 'Not Found' } };
	}
	return undefined;
};

/** Every area of the API, asked in turn. */
const ROUTES: ShoplineRoute[] = [productRoute, metafieldRoute, variantRoute, imageRoute, inventoryRoute, collectionsRoute, customerRoute, draftOrderRoute, draftOrderReadRoute, orderRoute, webhookRoute];

