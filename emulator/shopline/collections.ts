import { hashString, seededRandom } from '../random';
import { decodePageInfo, encodePageInfo, pageLinks, type ShoplineRequest, type ShoplineRoute } from './routing';
import { ShoplineStore } from '../shoplineStore';
import type { Reply } from '../options';

/**
 * Custom (manual) collections: list with cursor pages, get, create, update, delete; add and
 * remove products in batches of up to 50 (a batch with a product already in the collection
 * is refused whole, as SHOPLINE documents it); the products of a collection page by page.
 * Membership also answers the products list's collection_id filter.
 */

export interface StoreCollection {
	id: string;
	title: string;
	handle: string;
	body_html: string;
	image?: { src: string; alt: string };
	banner?: { src: string; alt: string };
	path: string;
	template_path: string;
	published_scope: string;
	published_at: string;
	sort_order: string;
	created_at: string;
	updated_at: string;
}

interface CollectionState {
	collections: Map<string, StoreCollection>;
	/** Product IDs of each collection, in the order they were added. */
	members: Map<string, string[]>;
	nextIndex: number;
}

const SORT_ORDERS = new Set(['alpha-asc', 'alpha-desc', 'best-selling', 'manual', 'updated-asc', 'updated-desc']);
const MAX_BATCH = 50;
const EPOCH = Date.parse('2025-02-01T00:00:00Z');

/** 26 digits built as text, in creation order. */
export function collectionId(index: number): string {
	return `12257170618007${String(index).padStart(12, '0')}`;
}

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');

/** The seeded collections: title, and the share of the store's first 400 products in it. */
const SEEDS: Array<[string, number]> = [
	['Spring clothing', 0.15],
	['Best sellers', 0.1],
	['Home and living', 0.05],
	['Coming soon', 0],
];

const states = new WeakMap<ShoplineStore, CollectionState>();

function stateOf(store: ShoplineStore): CollectionState {
	let state = states.get(store);
	if (state) return state;
	state = { collections: new Map(), members: new Map(), nextIndex: SEEDS.length };
	const candidates = store.list({}).slice(0, 400);
	SEEDS.forEach(([title, share], index) => {
		const id = collectionId(index);
		const random = seededRandom(hashString(`collection:${index}`));
		const time = iso(EPOCH + index * 86_400_000);
		const handle = slug(title);
		state!.collections.set(id, {
			id,
			title,
			handle,
			body_html: `<p>${title}</p>`,
			image: { src: `https://img.myshopline.com/image/collection/${index}.webp`, alt: title },
			path: `/collections/${handle}`,
			template_path: 'templates/sortation/detail.json',
			published_scope: 'web',
			published_at: time,
			sort_order: 'manual',
			created_at: time,
			updated_at: iso(EPOCH + index * 86_400_000 + Math.floor(random() * 86_400_000 * 200)),
		});
		state!.members.set(
			id,
			candidates.filter(() => random() < share).map((product) => product.id),
		);
	});
	states.set(store, state);
	return state;
}

// The products list's collection_id filter asks the collections of its store.
ShoplineStore.collectionMembers = (store, id) => new Set(stateOf(store).members.get(id) ?? []);

function slug(title: string): string {
	return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'collection';
}

function freeHandle(state: CollectionState, wanted: string, except?: string): string | undefined {
	const taken = (handle: string) => [...state.collections.values()].some((collection) => collection.handle === handle && collection.id !== except);
	return taken(wanted) ? undefined : wanted;
}

function uniqueHandle(state: CollectionState, base: string): string {
	for (let n = 0; ; n++) {
		const handle = n === 0 ? base : `${base}-${n}`;
		if (freeHandle(state, handle)) return handle;
	}
}

const invalid = (field: string, message: string): Reply => ({ status: 422, body: { errors: { [field]: [message] } } });
const notFound: Reply = { status: 404, body: { errors: 'Not Found' } };

function pickFields<T extends object>(record: T, fields?: string): Partial<T> {
	if (!fields) return record;
	const wanted = fields.split(',').map((field) => field.trim());
	return Object.fromEntries(Object.entries(record).filter(([key]) => wanted.includes(key))) as Partial<T>;
}

/** One page of `all`, from the query's limit and page_info; `filters` is what the first request asked. */
function page<T>(
	ctx: Parameters<ShoplineRoute>[0],
	request: ShoplineRequest,
	path: string,
	filters: Record<string, string>,
	list: (filters: Record<string, string>) => T[],
	reply: (records: T[]) => unknown,
	key: string,
): Reply {
	const q = request.query;
	const limit = q.limit === undefined ? 50 : Number(q.limit);
	if (!Number.isInteger(limit) || limit < 1 || limit > 250) return { status: 400, body: { errors: 'limit must be between 1 and 250' } };
	let state: { f: Record<string, string>; o: number } = { f: filters, o: 0 };
	if (q.page_info !== undefined) {
		const decoded = decodePageInfo<Record<string, string>>(q.page_info);
		if (!decoded) return { status: 400, body: { errors: 'Invalid page_info' } };
		state = decoded;
	}
	const all = list(state.f);
	const links = pageLinks(ctx, request, path, (offset) => encodePageInfo({ f: state.f, o: offset }), { offset: state.o, limit, total: all.length });
	return { status: 200, body: reply(all.slice(state.o, state.o + limit)), headers: links, pageKey: `${key}:${JSON.stringify(state.f)}:${limit}:${state.o}` };
}

const LIST_FILTERS = ['title', 'handle', 'ids', 'since_id', 'updated_at_min', 'updated_at_max'] as const;

function listCollections(state: CollectionState, f: Record<string, string>): StoreCollection[] {
	const ids = f.ids ? new Set(f.ids.split(',').map((id) => id.trim())) : undefined;
	const [min, max] = [f.updated_at_min, f.updated_at_max].map((value) => (value ? Date.parse(value) : undefined));
	return [...state.collections.values()]
		.filter(
			(c) =>
				(!ids || ids.has(c.id)) &&
				(!f.title || c.title === f.title) &&
				(!f.handle || c.handle === f.handle) &&
				(!f.since_id || BigInt(c.id) > BigInt(f.since_id)) &&
				(min === undefined || Date.parse(c.updated_at) >= min) &&
				(max === undefined || Date.parse(c.updated_at) <= max),
		)
		.sort((a, b) => (a.id < b.id ? -1 : 1));
}

type Image = { src: string; alt: string } | undefined;

/** Checks a custom_collection body; an error reply, or the fields to store. */
function readCollection(ctx: Parameters<ShoplineRoute>[0], state: CollectionState, input: unknown, id?: string): Reply | Partial<StoreCollection> & { collects?: string[] } {
	if (!input || typeof input !== 'object' || Array.isArray(input)) return { status: 400, body: { errors: 'custom_collection is required' } };
	const body = input as Record<string, unknown>;
	const result: Partial<StoreCollection> & { collects?: string[] } = {};
	for (const key of ['title', 'body_html', 'handle', 'path', 'template_path', 'published_scope', 'sort_order'] as const) {
		if (body[key] === undefined) continue;
		if (typeof body[key] !== 'string') return invalid(key, 'must be a string');
		result[key] = body[key] as string;
	}
	if (result.title !== undefined && result.title.trim() === '') return invalid('title', "can't be blank");
	if (result.sort_order !== undefined && !SORT_ORDERS.has(result.sort_order)) return invalid('sort_order', 'is not included in the list');
	if (result.published_scope !== undefined && result.published_scope !== 'web') return invalid('published_scope', 'is not included in the list');
	if (result.handle !== undefined && !freeHandle(state, result.handle, id)) return invalid('handle', 'has already been taken');
	for (const key of ['image', 'banner'] as const) {
		const image = body[key] as Record<string, unknown> | undefined;
		if (image === undefined) continue;
		if (!image || typeof image.src !== 'string' || !/^https?:\/\//.test(image.src)) return invalid(key, 'src must be an image URL');
		result[key] = { src: image.src, alt: typeof image.alt === 'string' ? image.alt : '' } satisfies Image;
	}
	if (body.collects !== undefined) {
		const collects = body.collects as Array<{ product_id?: unknown }>;
		if (!Array.isArray(collects)) return invalid('collects', 'must be a list');
		const ids = collects.map((collect) => String(collect?.product_id ?? ''));
		const unknown = ids.find((productId) => !ctx.store.get(productId));
		if (unknown !== undefined) return invalid('collects', `product ${unknown} does not exist`);
		result.collects = [...new Set(ids)];
	}
	return result;
}

const isReply = (value: object): value is Reply => typeof (value as Reply).status === 'number';

/** product_ids of an add or remove body: a list of 1 to 50 IDs of existing products, or an error reply. */
function readProductIds(ctx: Parameters<ShoplineRoute>[0], body: Record<string, unknown>): Reply | string[] {
	const ids = body.product_ids;
	if (!Array.isArray(ids) || ids.length === 0) return invalid('product_ids', "can't be blank");
	if (ids.length > MAX_BATCH) return invalid('product_ids', `at most ${MAX_BATCH} products per request`);
	if (ids.some((id) => typeof id !== 'string' || !/^\d{1,64}$/.test(id))) return invalid('product_ids', 'must be product IDs as strings');
	const unknown = (ids as string[]).find((id) => !ctx.store.get(id));
	if (unknown !== undefined) return invalid('product_ids', `product ${unknown} does not exist`);
	return [...new Set(ids as string[])];
}

export const collectionsRoute: ShoplineRoute = (ctx, request) => {
	const { resource, query: q, body, entry } = request;
	const method = entry.method;
	const single = /^products\/custom_collections\/(\d+)\.json$/.exec(resource);
	const batch = /^products\/custom_collections\/(\d+)\/products\.json$/.exec(resource);
	const products = /^products\/collections\/(\d+)\/products\.json$/.exec(resource);
	if (!single && !batch && !products && resource !== 'products/custom_collections.json') return undefined;
	const state = stateOf(ctx.store);
	const touch = (collection: StoreCollection) => (collection.updated_at = iso(Date.now()));

	if (resource === 'products/custom_collections.json' && method === 'GET') {
		const badDate = (['updated_at_min', 'updated_at_max'] as const).find((key) => q[key] !== undefined && Number.isNaN(Date.parse(q[key])));
		if (badDate) return { status: 400, body: { errors: `${badDate} must be an ISO 8601 date` } };
		const filters: Record<string, string> = {};
		for (const key of LIST_FILTERS) if (q[key] !== undefined) filters[key] = q[key];
		return page(ctx, request, resource, filters, (f) => listCollections(state, f), (records) => ({ custom_collections: records.map((c) => pickFields(c, q.fields)) }), 'custom_collections');
	}
	if (resource === 'products/custom_collections.json' && method === 'POST') {
		const input = readCollection(ctx, state, body.custom_collection);
		if (isReply(input)) return input;
		if (input.title === undefined) return invalid('title', "can't be blank");
		const { collects, ...fields } = input;
		const id = collectionId(state.nextIndex++);
		const now = iso(Date.now());
		const handle = fields.handle ?? uniqueHandle(state, slug(fields.title!));
		const collection: StoreCollection = {
			id,
			title: fields.title!,
			handle,
			body_html: '',
			path: `/collections/${handle}`,
			template_path: 'templates/sortation/detail.json',
			published_scope: 'web',
			published_at: now,
			sort_order: 'manual',
			...fields,
			created_at: now,
			updated_at: now,
		};
		state.collections.set(id, collection);
		state.members.set(id, collects ?? []);
		ctx.store.invalidateLists();
		return { status: 201, body: { custom_collection: collection } };
	}
	if (single) {
		const collection = state.collections.get(single[1]);
		if (!collection) return notFound;
		if (method === 'GET') return { status: 200, body: { custom_collection: pickFields(collection, q.fields) } };
		if (method === 'PUT') {
			const input = readCollection(ctx, state, body.custom_collection, collection.id);
			if (isReply(input)) return input;
			const { collects, ...fields } = input;
			Object.assign(collection, fields);
			if (collects) state.members.set(collection.id, collects);
			touch(collection);
			ctx.store.invalidateLists();
			return { status: 200, body: { custom_collection: collection } };
		}
		if (method === 'DELETE') {
			state.collections.delete(collection.id);
			state.members.delete(collection.id);
			ctx.store.invalidateLists();
			return { status: 200 };
		}
		return undefined;
	}
	if (batch && (method === 'POST' || method === 'DELETE')) {
		const collection = state.collections.get(batch[1]);
		if (!collection) return notFound;
		const ids = readProductIds(ctx, body);
		if (!Array.isArray(ids)) return ids;
		const members = state.members.get(collection.id) ?? [];
		if (method === 'POST') {
			const already = ids.find((id) => members.includes(id));
			if (already !== undefined) return invalid('product_ids', `product ${already} is already in the collection`);
			state.members.set(collection.id, [...members, ...ids]);
		} else {
			state.members.set(collection.id, members.filter((id) => !ids.includes(id)));
		}
		touch(collection);
		ctx.store.invalidateLists();
		return { status: 200 };
	}
	if (products && method === 'GET') {
		const id = products[1];
		if (!state.collections.has(id)) return notFound;
		const list = () => (state.members.get(id) ?? []).flatMap((productId) => ctx.store.get(productId) ?? []);
		return page(ctx, request, resource, {}, list, (records) => ({ products: records.map((p) => pickFields(p, q.fields)) }), `collection:${id}`);
	}
	return undefined;
};
