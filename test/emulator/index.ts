import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { hashString, seededRandom } from './random';
import { FILTER_KEYS, ShoplineStore, type ProductFilters, type StoreProduct } from './shoplineStore';
import {
	categoryItemV1,
	categoryItemV2,
	categoryProducts,
	itemDetail,
	shopItem,
	shopProducts,
	sortProducts,
	TOP_CATEGORIES,
	type ListProduct,
} from './tmapiCatalog';

/**
 * One local HTTP server that speaks both APIs the nodes use: TMAPI's 1688 endpoints under
 * /1688/… and SHOPLINE's Admin Open API under /admin/openapi/<version>/…. Point the TMAPI
 * credential's custom base URL and the SHOPLINE credential's base URL override at it.
 *
 * It checks tokens like the services do, keeps their quirks, and has knobs for latency,
 * injected faults, TMAPI's concurrency limit and SHOPLINE's leaky bucket. Every request is
 * logged, so tests can check what the nodes sent and how often.
 */

export type TmapiFault = '417' | '499' | '500' | '503' | 'reset' | 'timeout';
export type ShoplineFault = '429' | '500' | '503' | '504' | 'reset' | 'timeout';

export interface FaultSettings<K extends string> {
	/** Share of requests that fail, 0 to 1. */
	rate: number;
	/** Kinds drawn from, uniformly. */
	kinds: K[];
}

export interface EmulatorOptions {
	tmapiToken: string;
	shoplineToken: string;
	/** Seed of the fault draws: the same seed fails the same requests. */
	seed: number;
	shopSize: number;
	categorySize: number;
	storeSize: number;
	/** How long a "timeout" fault holds the request before dropping the connection. */
	hangMs: number;
	tmapi: {
		latencyMs: number;
		faults: FaultSettings<TmapiFault>;
		/** 503 "concurrency limit exceeded" beyond this many requests in flight (0 = no limit). */
		concurrencyLimit: number;
		/** Where failure codes go: in the body under HTTP 200, as the HTTP status, or either. */
		codeIn: 'body' | 'status' | 'mixed';
		/** Answer every call with code 439, as an account without balance does. */
		balanceExhausted: boolean;
		maxPageSize: number;
	};
	shopline: {
		latencyMs: number;
		faults: FaultSettings<ShoplineFault>;
		/** The store's leaky bucket; null turns rate limiting off. */
		bucket: { ratePerSecond: number; capacity: number } | null;
	};
}

export interface LogEntry {
	api: 'tmapi' | 'shopline';
	method: string;
	path: string;
	query: Record<string, string>;
	body?: unknown;
	status: number;
	/** TMAPI's body code, when the answer had one. */
	code?: number;
	fault?: string;
	/** True when the request got its data (2xx and, for TMAPI, code 200). */
	ok: boolean;
	/** Bytes of the answer's body. */
	bytes: number;
	/** Which page of which list this was, e.g. "cat:1031922:page=3" or "products:first". */
	pageKey?: string;
	/** A SHOPLINE page_info request that also carried filters (the API ignores them). */
	filtersWithPageInfo?: boolean;
	startedAt: number;
	endedAt: number;
}

export const DEFAULT_OPTIONS: EmulatorOptions = {
	tmapiToken: 'emulator-tmapi-token',
	shoplineToken: 'emulator-shopline-token',
	seed: 1688,
	shopSize: 300,
	categorySize: 2000,
	storeSize: 5000,
	hangMs: 3000,
	tmapi: { latencyMs: 0, faults: { rate: 0, kinds: [] }, concurrencyLimit: 0, codeIn: 'body', balanceExhausted: false, maxPageSize: 100 },
	shopline: { latencyMs: 0, faults: { rate: 0, kinds: [] }, bucket: { ratePerSecond: 4, capacity: 40 } },
};

const TMAPI_MESSAGES: Record<number, string> = {
	417: 'Failed to retrieve data, please try again or contact customer service.',
	422: 'Parameter error',
	439: 'Subscription expired or insufficient balance.',
	499: 'Please try again or set your request timeout to 60 seconds.',
	500: 'Unexpected error, please contact customer service.',
	503: 'API request concurrency limit exceeded, please reduce concurrency.',
};

const SHOPLINE_VERSIONS = new Set(['v20250301', 'v20250601', 'v20251201', 'v20260301', 'v20260601', 'v20260901', 'v20261201']);

type Options = EmulatorOptions;
type Reply = { status: number; body?: unknown; headers?: Record<string, string>; code?: number; pageKey?: string; drop?: 'reset' | 'timeout' };

const encodePageInfo = (state: { f: ProductFilters; o: number }) => Buffer.from(JSON.stringify(state)).toString('base64url');
const decodePageInfo = (value: string): { f: ProductFilters; o: number } | undefined => {
	try {
		const state = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
		return typeof state?.o === 'number' ? state : undefined;
	} catch {
		return undefined;
	}
};

/** A wait that does not keep the process alive once the server is stopped. */
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

function deepMerge<T>(base: T, patch: unknown): T {
	if (patch === undefined) return base;
	if (patch === null || typeof patch !== 'object' || Array.isArray(patch) || base === null || typeof base !== 'object') return patch as T;
	const result = { ...(base as Record<string, unknown>) };
	for (const [key, value] of Object.entries(patch as Record<string, unknown>)) result[key] = deepMerge(result[key], value);
	return result as T;
}

export type EmulatorOverrides = { [K in keyof Options]?: Options[K] extends object ? Partial<Options[K]> & Record<string, unknown> : Options[K] };

export class Emulator {
	options: Options;

	readonly log: LogEntry[] = [];

	readonly peakInFlight = { tmapi: 0, shopline: 0 };

	store: ShoplineStore;

	private readonly inFlight = { tmapi: 0, shopline: 0 };

	private server?: Server;

	private random: () => number;

	private bucket = { level: 0, at: Date.now() };

	private readonly sockets = new Set<import('node:net').Socket>();

	constructor(overrides: EmulatorOverrides = {}) {
		this.options = deepMerge(DEFAULT_OPTIONS, overrides);
		this.random = seededRandom(this.options.seed);
		this.store = new ShoplineStore(this.options.storeSize);
	}

	/** Changes knobs between runs; a new storeSize rebuilds the store. */
	configure(overrides: EmulatorOverrides): void {
		const before = this.options.storeSize;
		this.options = deepMerge(this.options, overrides);
		if (overrides.seed !== undefined) this.random = seededRandom(this.options.seed);
		if (this.options.storeSize !== before) this.store = new ShoplineStore(this.options.storeSize);
	}

	/** Rebuilds the SHOPLINE store as it was at start (undoes creates, updates and deletes). */
	resetStore(): void {
		this.store = new ShoplineStore(this.options.storeSize);
	}

	/** Clears the log, the peaks and the bucket (the catalog stays). */
	reset(): void {
		this.log.length = 0;
		this.peakInFlight.tmapi = 0;
		this.peakInFlight.shopline = 0;
		this.bucket = { level: 0, at: Date.now() };
		this.random = seededRandom(this.options.seed);
	}

	get url(): string {
		const address = this.server?.address() as AddressInfo | null;
		if (!address) throw new Error('The emulator is not running');
		return `http://127.0.0.1:${address.port}`;
	}

	async start(port = 0, host = '127.0.0.1'): Promise<string> {
		this.server = createServer((request, response) => void this.handle(request, response));
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
		return this.url;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
		this.server = undefined;
	}

	// ----- plumbing --------------------------------------------------------------------

	/** Summary of the log, for tools that run the emulator in another process. */
	stats() {
		const count = (api: LogEntry['api']) => this.log.filter((entry) => entry.api === api);
		return {
			requests: { tmapi: count('tmapi').length, shopline: count('shopline').length },
			rateLimited: this.log.filter((entry) => entry.status === 429).length,
			faults: this.log.filter((entry) => entry.fault).length,
			bytes: this.log.reduce((sum, entry) => sum + entry.bytes, 0),
			peakInFlight: { ...this.peakInFlight },
		};
	}

	/**
	 * /__emulator/configure (POST, JSON knobs), /__emulator/reset (POST; {"store": true} also
	 * rebuilds the store), /__emulator/stats
	 * (GET) and /__emulator/log (GET): control from another process (demo, benchmark, e2e).
	 */
	private async admin(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
		let text = '';
		for await (const chunk of request) text += chunk;
		let answer: unknown = { ok: true };
		if (path === '/__emulator/configure' && request.method === 'POST') this.configure(JSON.parse(text || '{}'));
		else if (path === '/__emulator/reset' && request.method === 'POST') {
			this.reset();
			if (JSON.parse(text || '{}').store === true) this.resetStore();
		} else if (path === '/__emulator/stats') answer = this.stats();
		else if (path === '/__emulator/log') answer = this.log;
		else answer = { error: 'unknown admin path' };
		response.writeHead(200, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify(answer));
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const startedAt = Date.now();
		const url = new URL(request.url ?? '/', 'http://emulator');
		if (url.pathname.startsWith('/__emulator/')) return await this.admin(request, response, url.pathname);
		const api: LogEntry['api'] = url.pathname.startsWith('/admin/openapi/') ? 'shopline' : 'tmapi';
		this.inFlight[api] += 1;
		this.peakInFlight[api] = Math.max(this.peakInFlight[api], this.inFlight[api]);
		let done = false;
		const finish = () => {
			if (!done) {
				done = true;
				this.inFlight[api] -= 1;
			}
		};
		response.on('close', finish);

		const raw = await new Promise<string>((resolve) => {
			let text = '';
			request.on('data', (chunk) => (text += chunk));
			request.on('end', () => resolve(text));
		});
		let body: unknown;
		try {
			body = raw ? JSON.parse(raw) : undefined;
		} catch {
			body = raw;
		}
		const query = Object.fromEntries(url.searchParams.entries());
		const entry: LogEntry = { api, method: request.method ?? 'GET', path: url.pathname, query, body, status: 0, ok: false, bytes: 0, startedAt, endedAt: 0 };

		const reply = api === 'tmapi' ? this.tmapi(entry) : this.shopline(entry, request);
		const latency = api === 'tmapi' ? this.options.tmapi.latencyMs : this.options.shopline.latencyMs;
		if (latency > 0) await delay(latency);

		entry.pageKey = reply.pageKey;
		entry.code = reply.code;
		if (reply.drop) {
			entry.fault = reply.drop;
			if (reply.drop === 'timeout') await delay(this.options.hangMs);
			entry.endedAt = Date.now();
			this.log.push(entry);
			request.socket.destroy();
			finish();
			return;
		}
		entry.status = reply.status;
		entry.ok = reply.status >= 200 && reply.status < 300 && (api === 'shopline' || reply.code === 200);
		const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
		response.writeHead(reply.status, {
			...(text && typeof reply.body !== 'string' ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
			...(api === 'shopline' ? { traceId: `emu-${startedAt.toString(36)}-${this.log.length}` } : {}),
			...(reply.headers ?? {}),
		});
		response.end(text);
		entry.bytes = Buffer.byteLength(text);
		entry.endedAt = Date.now();
		this.log.push(entry);
	}

	private drawFault<K extends string>(faults: FaultSettings<K>): K | undefined {
		if (faults.rate <= 0 || faults.kinds.length === 0) return undefined;
		if (this.random() >= faults.rate) return undefined;
		return faults.kinds[Math.floor(this.random() * faults.kinds.length)];
	}

	// ----- TMAPI -----------------------------------------------------------------------

	private tmapiFailure(code: number, entry: LogEntry): Reply {
		entry.fault ??= String(code);
		const where = this.options.tmapi.codeIn === 'mixed' ? (this.random() < 0.5 ? 'body' : 'status') : this.options.tmapi.codeIn;
		return { status: where === 'status' ? code : 200, body: { code, msg: TMAPI_MESSAGES[code] ?? 'error', data: null }, code };
	}

	private tmapi(entry: LogEntry): Reply {
		const options = this.options.tmapi;
		const token = entry.query.apiToken;
		if (token === undefined) return { status: 401, body: { message: 'No API key found in request' } };
		if (token !== this.options.tmapiToken) return { status: 401, body: { message: 'Invalid authentication credentials' } };
		const route = `${entry.method} ${entry.path}`;
		const known = ['GET /1688/shop/items/v2', 'GET /1688/category/items/v2', 'GET /1688/category/items', 'POST /1688/item_detail_by_url', 'GET /1688/category/info'];
		if (!known.includes(route)) return { status: 404, body: { message: 'no Route matched with those values' } };
		if (options.balanceExhausted) return this.tmapiFailure(439, entry);
		if (options.concurrencyLimit > 0 && this.inFlight.tmapi > options.concurrencyLimit) {
			entry.fault = 'concurrency';
			return this.tmapiFailure(503, entry);
		}
		const fault = this.drawFault(options.faults);
		if (fault === 'reset' || fault === 'timeout') return { status: 0, drop: fault };
		if (fault) return this.tmapiFailure(Number(fault), entry);

		const q = entry.query;
		const ok = (data: unknown, pageKey?: string): Reply => ({ status: 200, body: { code: 200, msg: 'success', data }, code: 200, pageKey });
		const page = q.page === undefined ? 1 : Number(q.page);
		if (!Number.isInteger(page) || page < 1) return this.tmapiFailure(422, entry);
		const requestedSize = q.page_size === undefined ? 20 : Number(q.page_size);
		if (!Number.isInteger(requestedSize) || requestedSize < 1) return this.tmapiFailure(422, entry);
		const size = Math.min(requestedSize, options.maxPageSize);
		const slice = (products: ListProduct[], pageSize: number) => products.slice((page - 1) * pageSize, page * pageSize);

		switch (route) {
			case 'GET /1688/category/info':
				return ok({ cat_id: null, children: TOP_CATEGORIES });
			case 'GET /1688/shop/items/v2': {
				const match = /^https:\/\/([a-z0-9-]+)\.1688\.com\/$/.exec(q.shop_url ?? '');
				const sorts = ['default', 'sales', 'price_up', 'price_down', 'time_up', 'time_down'];
				if (!match || (q.sort && !sorts.includes(q.sort)) || (q.cat_type && !['0', '1'].includes(q.cat_type))) return this.tmapiFailure(422, entry);
				let products = sortProducts(shopProducts(match[1], this.options.shopSize), q.sort ?? 'default');
				if (q.cat) products = products.filter((product) => product.shopCat === q.cat);
				// Quirk: the shop list gives total_count as a string.
				return ok(
					{ page, page_size: size, total_count: String(products.length), cat_id: q.cat ?? '', sort: q.sort ?? 'default', items: slice(products, size).map(shopItem) },
					`shop:${match[1]}:${q.sort ?? 'default'}:${q.cat ?? ''}:${size}:page=${page}`,
				);
			}
			case 'GET /1688/category/items/v2': {
				const catId = Number(q.cat_id);
				const languages = ['en', 'zh', 'ru', 'vi', 'ja', 'ko'];
				const sorts = ['default', 'sales', 'price_up', 'price_down'];
				if (!Number.isInteger(catId) || catId < 1 || (q.language && !languages.includes(q.language)) || (q.sort && !sorts.includes(q.sort))) {
					return this.tmapiFailure(422, entry);
				}
				const min = q.price_start ? Number(q.price_start) : -Infinity;
				const max = q.price_end ? Number(q.price_end) : Infinity;
				const products = sortProducts(categoryProducts(catId, this.options.categorySize), q.sort ?? 'default').filter(
					(p) =>
						p.price >= min &&
						p.price <= max &&
						(q.new_arrival !== 'true' || p.newArrival) &&
						(q.support_dropshipping !== 'true' || p.dropshipping) &&
						(q.free_shipping !== 'true' || p.freeShipping) &&
						(q.is_super_factory !== 'true' || p.superFactory),
				);
				const items = slice(products, size).map((product) => categoryItemV2(product, q.language ?? 'en'));
				const filterKey = ['price_start', 'price_end', 'new_arrival', 'support_dropshipping', 'free_shipping', 'is_super_factory'].map((k) => q[k] ?? '').join(',');
				return ok(
					{ page, page_size: size, total_count: products.length, keyword: '', sort: q.sort ?? 'default', cat_id: catId, filters: {}, items, has_next_page: page * size < products.length },
					`cat:${catId}:${q.sort ?? 'default'}:${filterKey}:${size}:page=${page}`,
				);
			}
			case 'GET /1688/category/items': {
				const catId = Number(q.cat_id);
				if (!Number.isInteger(catId) || catId < 1) return this.tmapiFailure(422, entry);
				const products = categoryProducts(catId, this.options.categorySize).filter(
					(p) => (q.super_factory !== 'true' || p.superFactory) && (q.support_dropshipping !== 'true' || p.dropshipping) && (q.free_shipping !== 'true' || p.freeShipping),
				);
				return ok(
					{ page, page_size: 20, has_next_page: page * 20 < products.length, filters: {}, items: slice(products, 20).map(categoryItemV1) },
					`catv1:${catId}:page=${page}`,
				);
			}
			case 'POST /1688/item_detail_by_url': {
				const body = (entry.body ?? {}) as Record<string, unknown>;
				const match = /^https:\/\/detail\.1688\.com\/offer\/(\d{6,20})\.html$/.exec(String(body.url ?? ''));
				if (!match) return this.tmapiFailure(422, entry);
				return ok(itemDetail(match[1], typeof body.language === 'string' ? body.language : 'zh'), `detail:${match[1]}`);
			}
		}
		return { status: 404, body: { message: 'no Route matched with those values' } };
	}

	// ----- SHOPLINE ----------------------------------------------------------------------

	private takeFromBucket(): boolean {
		const bucket = this.options.shopline.bucket;
		if (!bucket) return true;
		const now = Date.now();
		this.bucket.level = Math.max(0, this.bucket.level - ((now - this.bucket.at) / 1000) * bucket.ratePerSecond);
		this.bucket.at = now;
		if (this.bucket.level + 1 > bucket.capacity) return false;
		this.bucket.level += 1;
		return true;
	}

	private shopline(entry: LogEntry, request: IncomingMessage): Reply {
		const match = /^\/admin\/openapi\/([^/]+)\/(.+)$/.exec(entry.path);
		if (!match || !SHOPLINE_VERSIONS.has(match[1])) {
			// SHOPLINE sends unknown stores and versions to its website.
			return { status: 302, headers: { Location: 'https://www.shopline.com/' } };
		}
		const [, version, resource] = match;
		const auth = request.headers.authorization;
		if (auth !== `Bearer ${this.options.shoplineToken}`) {
			return { status: 401, body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } };
		}
		if (!this.takeFromBucket()) {
			entry.fault = 'rate-limit';
			return { status: 429, body: { errors: 'Too many request' } };
		}
		const fault = this.drawFault(this.options.shopline.faults);
		if (fault === 'reset' || fault === 'timeout') return { status: 0, drop: fault };
		if (fault) {
			entry.fault = fault;
			return { status: Number(fault), body: { errors: fault === '429' ? 'Too many request' : 'Service temporarily unavailable' } };
		}

		const q = entry.query;
		const body = (entry.body ?? {}) as Record<string, unknown>;
		const single = /^products\/(\d+)\.json$/.exec(resource);
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
				const decoded = decodePageInfo(q.page_info);
				if (!decoded) return { status: 400, body: { errors: 'Invalid page_info' } };
				state = decoded;
				entry.filtersWithPageInfo = FILTER_KEYS.some((key) => q[key] !== undefined);
			} else {
				const filters: ProductFilters = {};
				for (const key of FILTER_KEYS) if (q[key] !== undefined) filters[key] = q[key];
				state = { f: filters, o: 0 };
			}
			const all = this.store.list(state.f);
			const products = all.slice(state.o, state.o + limit);
			const link = (offset: number, rel: string) =>
				`<http://${request.headers.host}/admin/openapi/${version}/products/products.json?limit=${limit}&page_info=${encodePageInfo({ f: state.f, o: offset })}>; rel="${rel}"`;
			// Serialised once per product and reused, so the answer costs the emulator little
			// beyond the configured latency.
			const json = q.fields ? undefined : `{"products":[${products.map((product) => this.store.json(product)).join(',')}]}`;
			const links = [state.o > 0 ? link(Math.max(0, state.o - limit), 'previous') : undefined, state.o + limit < all.length ? link(state.o + limit, 'next') : undefined].filter(Boolean);
			return {
				status: 200,
				body: json ?? { products: products.map(fields) },
				headers: { ...(json ? { 'Content-Type': 'application/json; charset=utf-8' } : {}), ...(links.length ? { link: links.join(', ') } : {}) },
				pageKey: `products:${JSON.stringify(state.f)}:${limit}:${state.o}`,
			};
		}
		if (entry.method === 'GET' && resource === 'products/count.json') {
			const filters: ProductFilters = {};
			for (const key of ['collection_id', 'created_at_min', 'created_at_max', 'updated_at_min', 'updated_at_max', 'status'] as const) if (q[key] !== undefined) filters[key] = q[key];
			return { status: 200, body: { count: this.store.list(filters).length } };
		}
		if (entry.method === 'POST' && resource === 'products/products.json') {
			const product = body.product as Record<string, unknown> | undefined;
			if (!product || typeof product.title !== 'string' || product.title.trim() === '') return { status: 422, body: { errors: { title: ["can't be blank"] } } };
			if (typeof product.handle === 'string' && this.store.byHandle(product.handle)) return { status: 422, body: { errors: { handle: ['has already been taken'] } } };
			return { status: 201, body: { product: this.store.create(product) } };
		}
		if (single) {
			const id = single[1];
			if (entry.method === 'GET') {
				const product = this.store.get(id);
				return product ? { status: 200, body: { product: fields(product) } } : { status: 404, body: { errors: 'Not Found' } };
			}
			if (entry.method === 'PUT') {
				const changes = body.product as Record<string, unknown> | undefined;
				if (!changes || typeof changes !== 'object') return { status: 400, body: { errors: 'product is required' } };
				const product = this.store.update(id, changes);
				return product ? { status: 200, body: { product } } : { status: 404, body: { errors: 'Not Found' } };
			}
			if (entry.method === 'DELETE') return this.store.delete(id) ? { status: 200 } : { status: 404, body: { errors: 'Not Found' } };
		}
		return { status: 404, body: { errors: 'Not Found' } };
	}
}

/** The credential data that points the nodes at an emulator. */
export function emulatorCredentials(emulator: Emulator) {
	return {
		tmapi1688Api: { apiToken: emulator.options.tmapiToken, host: 'custom', customBaseUrl: emulator.url },
		shoplineApi: { storeHandle: 'emulator', accessToken: emulator.options.shoplineToken, apiVersion: 'v20260301', customApiVersion: '', baseUrl: emulator.url },
	};
}

export { hashString };
