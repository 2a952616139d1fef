import { hashString, pick, seededRandom } from '../random';
import type { ShoplineStore } from '../shoplineStore';
import { encodePageInfo, listStart, pageLinks, type ShoplineRequest, type ShoplineRoute } from './routing';
import type { ApiContext, Reply } from '../options';

/**
 * Customers: a hundred deterministic customers; list (v2/customers.json, Link pages), get
 * (customers/v2/{id}.json), create (customers.json), update (customers/{id}.json) and search
 * (customers/v2/search.json: `query_param` fuzzy over phone, email, names and address lines;
 * `query` as field:value;field:value). Paths and limits as SHOPLINE's reference (v20260301)
 * gives them: email ≤ 50, phone ≤ 20, names ≤ 128, note ≤ 1000, tags ≤ 100 of ≤ 128 and
 * ≤ 1000 in all, addresses ≤ 50, query_param ≤ 50, limit 1–250.
 */

export interface StoreCustomer {
	id: string;
	email: string | null;
	phone: string | null;
	first_name: string;
	last_name: string;
	note: string;
	tags: string;
	state: number;
	verified_email: boolean;
	orders_count: number;
	total_spent: string;
	currency: string;
	addresses: Array<Record<string, unknown>>;
	default_address: Record<string, unknown> | null;
	created_at: string;
	updated_at: string;
	[key: string]: unknown;
}

/** How many customers a store starts with. */
export const CUSTOMER_COUNT = 120;

const EPOCH = Date.parse('2025-06-01T00:00:00Z');
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');

/** Digits as text, like SHOPLINE's customer IDs (e.g. 4201825054); IDs sort like creation order. */
export const customerId = (n: number) => `42018${String(n).padStart(8, '0')}`;

const FIRST = ['Bob', 'Anna', 'Li', 'Maria', 'Tom', 'Chen', 'Sara', 'Omar'] as const;
const LAST = ['Norman', 'Wang', 'Smith', 'Garcia', 'Kim', 'Müller'] as const;

interface CustomerState {
	customers: Map<string, StoreCustomer>;
	ids: string[];
	next: number;
}

const states = new WeakMap<ShoplineStore, CustomerState>();

function generate(): CustomerState {
	const state: CustomerState = { customers: new Map(), ids: [], next: CUSTOMER_COUNT };
	for (let n = 0; n < CUSTOMER_COUNT; n++) {
		const random = seededRandom(hashString(`customer:${n}`));
		const first = pick(random, FIRST);
		const last = pick(random, LAST);
		const created = EPOCH + n * 3_600_000;
		const address = { id: String(207119551 + n), customer_id: customerId(n), first_name: first, last_name: last, address1: `${100 + n} Cherokee Road`, address2: '', city: 'Hagerman', country: 'United States', country_code: 'US', province: 'Kentucky', zip: '40202', default: true };
		const customer: StoreCustomer = {
			id: customerId(n),
			email: `customer${n + 1}@example.com`,
			phone: `+1555${String(n).padStart(7, '0')}`,
			first_name: first,
			last_name: last,
			note: '',
			tags: random() < 0.25 ? 'loyal' : '',
			state: random() < 0.6 ? 3 : 1,
			verified_email: random() < 0.7,
			orders_count: Math.floor(random() * 5),
			total_spent: (random() * 300).toFixed(2),
			currency: 'USD',
			addresses: [address],
			default_address: address,
			created_at: iso(created),
			updated_at: iso(created + Math.floor(random() * 86_400_000 * 30)),
		};
		state.customers.set(customer.id, customer);
		state.ids.push(customer.id);
	}
	return state;
}

function stateOf(store: ShoplineStore): CustomerState {
	let state = states.get(store);
	if (!state) {
		state = generate();
		states.set(store, state);
	}
	return state;
}

/** A customer of the store as GET customers/v2/{id}.json returns it (a copy), or undefined. For tests. */
export function readCustomer(store: ShoplineStore, id: string): StoreCustomer | undefined {
	const customer = stateOf(store).customers.get(id);
	return customer ? structuredClone(customer) : undefined;
}

/** Every customer of the store, oldest first (copies). For tests. */
export function allCustomers(store: ShoplineStore): StoreCustomer[] {
	const state = stateOf(store);
	return state.ids.map((id) => structuredClone(state.customers.get(id)!));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{3,20}$/;
const unprocessable = (errors: Record<string, string[]>): Reply => ({ status: 422, body: { errors } });

/** The fields a create or update may set, checked as SHOPLINE documents them; the 422 errors when one is bad. */
function badCustomer(input: Record<string, unknown>, state: CustomerState, self?: string): Record<string, string[]> | undefined {
	const text = (key: string, max: number) => {
		const value = input[key];
		if (value === undefined || value === null) return undefined;
		if (typeof value !== 'string') return { [key]: ['must be text'] };
		return value.length > max ? { [key]: [`is too long (maximum is ${max} characters)`] } : undefined;
	};
	const tooLong = text('email', 50) ?? text('phone', 20) ?? text('first_name', 128) ?? text('last_name', 128) ?? text('note', 1000) ?? text('tags', 1000) ?? text('birthday', 8);
	if (tooLong) return tooLong;
	if (typeof input.email === 'string' && input.email !== '' && !EMAIL.test(input.email)) return { email: ['is invalid'] };
	if (typeof input.phone === 'string' && input.phone !== '' && !PHONE.test(input.phone)) return { phone: ['is invalid'] };
	if (typeof input.email === 'string' && input.email !== '') {
		const taken = [...state.customers.values()].find((customer) => customer.id !== self && customer.email?.toLowerCase() === (input.email as string).toLowerCase());
		if (taken) return { email: ['has already been taken'] };
	}
	if (typeof input.tags === 'string') {
		const tags = input.tags.split(',').map((tag) => tag.trim()).filter(Boolean);
		if (tags.length > 100) return { tags: ['Maximum of 100 tags allowed'] };
		if (tags.some((tag) => tag.length > 128)) return { tags: ['Each tag is at most 128 characters'] };
	}
	if (input.birthday !== undefined && !/^\d{8}$/.test(String(input.birthday))) return { birthday: ['must be yyyyMMdd'] };
	if (input.gender !== undefined && ![0, 1, 2, 3].includes(Number(input.gender))) return { gender: ['gender value is illegal'] };
	if (input.addresses !== undefined && (!Array.isArray(input.addresses) || input.addresses.length > 50)) return { addresses: ['Maximum of 50 addresses allowed'] };
	return undefined;
}

const SETTABLE = ['email', 'phone', 'first_name', 'last_name', 'note', 'tags', 'birthday', 'gender', 'verified_email'] as const;

function apply(customer: StoreCustomer, input: Record<string, unknown>): void {
	for (const key of SETTABLE) if (input[key] !== undefined) customer[key] = input[key] as never;
	if (Array.isArray(input.addresses)) {
		customer.addresses = (input.addresses as Array<Record<string, unknown>>).map((address, n) => ({ ...address, id: String(307119551 + n), customer_id: customer.id }));
		customer.default_address = customer.addresses.find((address) => address.default === true) ?? customer.addresses[0] ?? null;
	}
}

function only(fields: string | undefined, record: Record<string, unknown>): Record<string, unknown> {
	if (!fields) return record;
	const wanted = fields.split(',').map((field) => field.trim());
	return Object.fromEntries(Object.entries(record).filter(([key]) => wanted.includes(key)));
}

type ListFilters = Record<string, string>;
const LIST_FILTERS = ['ids', 'since_id', 'created_at_min', 'created_at_max', 'updated_at_min', 'updated_at_max'];
const SEARCH_FILTERS = ['query', 'query_param', 'order'];
/** The fields the `query` parameter takes, and how a customer's value is read for each. */
const QUERY_FIELDS: Record<string, (customer: StoreCustomer) => unknown> = {
	customer_id: (customer) => customer.id,
	customer_first_name: (customer) => customer.first_name,
	tags: (customer) => customer.tags,
	orders_count: (customer) => customer.orders_count,
	state: (customer) => customer.state,
	total_spent: (customer) => customer.total_spent,
	verified_email: (customer) => customer.verified_email,
	email_subscribe_flag: (customer) => customer.email_subscribe_flag,
	accepts_marketing: (customer) => customer.accepts_marketing,
	customer_date: (customer) => customer.created_at.slice(0, 10),
	updated_at: (customer) => customer.updated_at.slice(0, 10),
	order_date: () => undefined,
};

function listed(state: CustomerState, filters: ListFilters): StoreCustomer[] | Record<string, string[]> {
	for (const key of ['created_at_min', 'created_at_max', 'updated_at_min', 'updated_at_max']) {
		if (filters[key] !== undefined && Number.isNaN(Date.parse(filters[key]))) return { [key]: ['must be an ISO 8601 date'] };
	}
	const ids = filters.ids?.split(',').map((id) => id.trim());
	const since = filters.since_id && /^\d+$/.test(filters.since_id) ? BigInt(filters.since_id) : undefined;
	const time = (key: string) => (filters[key] ? Date.parse(filters[key]) : undefined);
	const [cMin, cMax, uMin, uMax] = ['created_at_min', 'created_at_max', 'updated_at_min', 'updated_at_max'].map(time);
	return state.ids
		.map((id) => state.customers.get(id)!)
		.filter(
			(c) =>
				(!ids || ids.includes(c.id)) &&
				(since === undefined || BigInt(c.id) > since) &&
				(cMin === undefined || Date.parse(c.created_at) >= cMin) &&
				(cMax === undefined || Date.parse(c.created_at) <= cMax) &&
				(uMin === undefined || Date.parse(c.updated_at) >= uMin) &&
				(uMax === undefined || Date.parse(c.updated_at) <= uMax),
		);
}

function searched(state: CustomerState, filters: ListFilters): StoreCustomer[] | Record<string, string[]> {
	if (filters.query_param !== undefined && filters.query_param.length > 50) return { query_param: ['is too long (maximum is 50 characters)'] };
	if (filters.order !== undefined && !['0', '1', '2', '3'].includes(filters.order)) return { order: ['order value is illegal'] };
	const conditions: Array<[string, string]> = [];
	for (const part of (filters.query ?? '').split(';').filter((entry) => entry.trim() !== '')) {
		const at = part.indexOf(':');
		const field = part.slice(0, at).trim();
		if (at < 1 || !(field in QUERY_FIELDS)) return { query: [`unknown query field: ${part.trim()}`] };
		conditions.push([field, part.slice(at + 1).trim()]);
	}
	const fuzzy = (filters.query_param ?? '').trim().toLowerCase();
	const matches = (customer: StoreCustomer) =>
		(fuzzy === '' ||
			[customer.phone, customer.email, customer.first_name, customer.last_name, ...customer.addresses.flatMap((address) => [address.address1, address.address2])].some((value) =>
				String(value ?? '').toLowerCase().includes(fuzzy),
			)) &&
		conditions.every(([field, value]) => {
			const actual = QUERY_FIELDS[field](customer);
			return field === 'tags' ? String(actual ?? '').split(',').map((tag) => tag.trim()).includes(value) : String(actual) === value;
		});
	// Newest first, as SHOPLINE's search sorts by creation time descending.
	return [...state.ids].reverse().map((id) => state.customers.get(id)!).filter(matches);
}

/** One page of a list or a search: filters on the first request, page_info after it. */
function page(ctx: ApiContext, request: ShoplineRequest, path: string, keys: string[], select: (filters: ListFilters) => StoreCustomer[] | Record<string, string[]>): Reply {
	const { query: q } = request;
	const start = listStart<ListFilters>(request, 250, keys);
	if ('reply' in start) return start.reply;
	const { limit, at } = start;
	const all = select(at.f);
	if (!Array.isArray(all)) return unprocessable(all);
	return {
		status: 200,
		body: { customers: all.slice(at.o, at.o + limit).map((customer) => only(q.fields, customer)) },
		headers: pageLinks(ctx, request, path, (offset) => encodePageInfo({ f: at.f, o: offset }), { offset: at.o, limit, total: all.length }),
		pageKey: `${path}:${JSON.stringify(at.f)}:${limit}:${at.o}`,
	};
}

export const customerRoute: ShoplineRoute = (ctx, request) => {
	const { resource, query: q, body, entry } = request;
	const get = /^customers\/v2\/(\d+)\.json$/.exec(resource);
	const put = /^customers\/(\d+)\.json$/.exec(resource);
	const state = stateOf(ctx.store);

	if (entry.method === 'GET' && resource === 'v2/customers.json') return page(ctx, request, resource, LIST_FILTERS, (filters) => listed(state, filters));
	if (entry.method === 'GET' && resource === 'customers/v2/search.json') return page(ctx, request, resource, SEARCH_FILTERS, (filters) => searched(state, filters));
	if (entry.method === 'GET' && resource === 'customers/v2/count.json') return { status: 200, body: { count: state.ids.length } };
	if (entry.method === 'GET' && get) {
		const customer = state.customers.get(get[1]);
		return customer ? { status: 200, body: { customer: only(q.fields, customer) } } : { status: 404, body: { errors: 'customer not found' } };
	}
	if (entry.method === 'POST' && resource === 'customers.json') {
		const input = body.customer as Record<string, unknown> | undefined;
		if (!input || typeof input !== 'object' || Array.isArray(input)) return { status: 400, body: { errors: 'customer is required' } };
		if (!input.email && !input.phone) return unprocessable({ customer: ['email or phone is required'] });
		const bad = badCustomer(input, state);
		if (bad) return unprocessable(bad);
		const now = iso(Date.now());
		const customer: StoreCustomer = {
			id: customerId(state.next++),
			email: null,
			phone: null,
			first_name: '',
			last_name: '',
			note: '',
			tags: '',
			state: input.password ? 3 : 1,
			verified_email: false,
			orders_count: 0,
			total_spent: '0.00',
			currency: 'USD',
			addresses: [],
			default_address: null,
			created_at: now,
			updated_at: now,
		};
		apply(customer, input);
		state.customers.set(customer.id, customer);
		state.ids.push(customer.id);
		return { status: 201, body: { customer } };
	}
	if (entry.method === 'PUT' && put) {
		const customer = state.customers.get(put[1]);
		if (!customer) return { status: 404, body: { errors: 'customer not found' } };
		const input = body.customer as Record<string, unknown> | undefined;
		if (!input || typeof input !== 'object' || Array.isArray(input)) return { status: 400, body: { errors: 'customer is required' } };
		const bad = badCustomer(input, state, customer.id);
		if (bad) return unprocessable(bad);
		apply(customer, input);
		customer.updated_at = iso(Date.now());
		return { status: 200, body: { customer } };
	}
	return undefined;
};
