import type { ShoplineStore } from '../shoplineStore';
import { decodePageInfo, encodePageInfo, pageLinks, type ShoplineRoute } from './routing';
import type { Reply } from '../options';

/**
 * Product metafields, as SHOPLINE's reference (v20260301, rest/admin/.../metafield) gives them:
 * list (GET products/{id}/metafields.json: namespace, key, type, limit 1–250, page_info),
 * create (POST products/{id}/metafields.json {"metafield": {namespace, key, type, value,
 * description}}), get, update (PUT, {"metafield": {type, value, description}}) and delete of
 * products/{id}/metafields/{metafield id}.json. namespace 2–50 and key 3–30 characters of
 * letters, digits, - and _; one metafield per namespace + key of a product; value stored as text
 * (at most 500,000 characters); a json value must parse.
 */

export interface StoreMetafield {
	id: string;
	namespace: string;
	key: string;
	type: string;
	value: string;
	description: string | null;
	owner_id: string;
	owner_resource: 'products';
	created_at: string;
	updated_at: string;
}

interface MetafieldState {
	byProduct: Map<string, StoreMetafield[]>;
	next: number;
}

const states = new WeakMap<ShoplineStore, MetafieldState>();

function stateOf(store: ShoplineStore): MetafieldState {
	let state = states.get(store);
	if (!state) {
		state = { byProduct: new Map(), next: 1 };
		states.set(store, state);
	}
	return state;
}

const TYPES = new Set(['single_line_text_field', 'multi_line_text_field', 'json', 'number_integer', 'number_decimal', 'boolean', 'url', 'date', 'date_time', 'color']);
const now = () => new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', '+00:00');

/** What is wrong with a metafield's type and value, if anything. */
function invalidValue(type: unknown, value: unknown): string | undefined {
	if (typeof type !== 'string' || !TYPES.has(type)) return 'type is invalid';
	if (typeof value !== 'string' || value === '') return "value can't be blank";
	if (value.length > 500_000) return 'value is too long (maximum is 500000 characters)';
	if (type === 'json') {
		try {
			JSON.parse(value);
		} catch {
			return 'value must be valid JSON';
		}
	}
	return undefined;
}

const unprocessable = (message: string): Reply => ({ status: 422, body: { errors: message } });

export const metafieldRoute: ShoplineRoute = (ctx, request) => {
	const { resource, query: q, body, entry } = request;
	const list = /^products\/(\d+)\/metafields\.json$/.exec(resource);
	const single = /^products\/(\d+)\/metafields\/(\d+)\.json$/.exec(resource);
	if (!list && !single) return undefined;
	const productId = (list ?? single)![1];
	if (!ctx.store.get(productId)) return { status: 404, body: { errors: 'Not Found' } };
	const state = stateOf(ctx.store);
	const fields = state.byProduct.get(productId) ?? [];

	if (list && entry.method === 'GET') {
		const limit = q.limit === undefined ? 50 : Number(q.limit);
		if (!Number.isInteger(limit) || limit < 1 || limit > 250) return { status: 400, body: { errors: 'limit must be between 1 and 250' } };
		const decoded = q.page_info === undefined ? { f: { namespace: q.namespace, key: q.key, type: q.type }, o: 0 } : decodePageInfo<{ namespace?: string; key?: string; type?: string }>(q.page_info);
		if (!decoded) return { status: 400, body: { errors: 'Invalid page_info' } };
		const { f } = decoded;
		const matching = fields.filter((field) => (f.namespace === undefined || field.namespace === f.namespace) && (f.key === undefined || field.key === f.key) && (f.type === undefined || field.type === f.type));
		const links = pageLinks(ctx, request, resource, (offset) => encodePageInfo({ f, o: offset }), { offset: decoded.o, limit, total: matching.length });
		return { status: 200, body: { metafields: matching.slice(decoded.o, decoded.o + limit) }, headers: links };
	}
	if (list && entry.method === 'POST') {
		const input = body.metafield as Record<string, unknown> | undefined;
		if (!input || typeof input !== 'object') return { status: 400, body: { errors: 'metafield is required' } };
		const { namespace, key } = input;
		if (typeof namespace !== 'string' || !/^[A-Za-z0-9_-]{2,50}$/.test(namespace)) return unprocessable('namespace is invalid');
		if (typeof key !== 'string' || !/^[A-Za-z0-9_-]{3,30}$/.test(key)) return unprocessable('key is invalid');
		const problem = invalidValue(input.type, input.value);
		if (problem) return unprocessable(problem);
		if (fields.some((field) => field.namespace === namespace && field.key === key)) return unprocessable('key must be unique within this namespace on this resource');
		const at = now();
		const created: StoreMetafield = {
			id: `39792325${String(state.next++).padStart(6, '0')}`,
			namespace,
			key,
			type: String(input.type),
			value: String(input.value),
			description: typeof input.description === 'string' ? input.description : null,
			owner_id: productId,
			owner_resource: 'products',
			created_at: at,
			updated_at: at,
		};
		state.byProduct.set(productId, [...fields, created]);
		return { status: 201, body: { metafield: created } };
	}
	if (single) {
		const found = fields.find((field) => field.id === single[2]);
		if (!found) return { status: 404, body: { errors: 'Not Found' } };
		if (entry.method === 'GET') return { status: 200, body: { metafield: found } };
		if (entry.method === 'DELETE') {
			state.byProduct.set(productId, fields.filter((field) => field !== found));
			return { status: 200 };
		}
		if (entry.method === 'PUT') {
			const input = body.metafield as Record<string, unknown> | undefined;
			if (!input || typeof input !== 'object') return { status: 400, body: { errors: 'metafield is required' } };
			const type = input.type ?? found.type;
			const value = input.value ?? found.value;
			const problem = invalidValue(type, value);
			if (problem) return unprocessable(problem);
			Object.assign(found, { type, value, updated_at: now() }, typeof input.description === 'string' ? { description: input.description } : {});
			return { status: 200, body: { metafield: found } };
		}
	}
	return undefined;
};
