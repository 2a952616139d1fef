import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { DEFAULT_RETRY_POLICY } from '../../shared/http/retry';
import { createShoplineClient, oneAtATime } from '../api/client';
import { fetchCursorPage, fetchLocations, type PageRequest } from '../api/pagination';

/**
 * The From List mode of the record fields (Product, Collection, Order, Location ID): what
 * the editor shows when the list opens, as the user types, and as the list scrolls. Every
 * request goes through the SHOPLINE api client (pacing, retries, token kept out of errors).
 */

/** The editor waits for the list: a few quick tries, then SHOPLINE's error. */
const LIST_RUN = oneAtATime({ ...DEFAULT_RETRY_POLICY, maxTries: 3, maxTotalWaitMs: 15_000 });

/**
 * Pages read for one answer while the user types: SHOPLINE documents no partial match for its
 * title filter and no name filter for orders, so the typed text is matched here, in pages of
 * the list; scrolling reads the next ones.
 */
const PAGES_PER_SEARCH = 4;

/** Enough matches for one answer while typing. */
const ENOUGH = 50;

interface ListSource extends Omit<PageRequest, 'pageInfo' | 'itemIndex'> {
	/** The texts the typed filter is looked for in (case aside). */
	searchIn(record: IDataObject): unknown[];
	/** The entry the list shows; `admin` is the store's admin address when known. */
	entry(record: IDataObject, admin: string | undefined): INodeListSearchItems;
}

const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** Whether one of the values holds the typed text (lower-cased; empty matches all). */
const contains = (values: unknown[], wanted: string) => wanted === '' || values.some((value) => text(value).toLowerCase().includes(wanted));

/**
 * One answer of a cursor list: the next page (from `paginationToken`, SHOPLINE's page_info),
 * or with a filter up to PAGES_PER_SEARCH pages until ENOUGH records match. The token of the
 * page after the last one read lets the list go on.
 */
async function searchCursorList(ctx: ILoadOptionsFunctions, source: ListSource, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const client = await createShoplineClient(ctx, LIST_RUN);
	const wanted = (filter ?? '').trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	let pageInfo = paginationToken || undefined;
	for (let page = 1; page <= (wanted ? PAGES_PER_SEARCH : 1); page++) {
		const { records, next } = await fetchCursorPage(client, { ...source, pageInfo, itemIndex: 0 }, page);
		results.push(...records.filter((record) => contains(source.searchIn(record), wanted)).map((record) => source.entry(record, client.admin)));
		pageInfo = next.kind === 'page' && next.pageInfo !== pageInfo ? next.pageInfo : undefined;
		if (pageInfo === undefined || results.length >= ENOUGH) break;
	}
	return { results, paginationToken: pageInfo };
}

const idOf = (record: IDataObject) => text(record.id);
const titled = (record: IDataObject) => `${text(record.title) || idOf(record)}${record.handle ? ` (${text(record.handle)})` : ''}`;

const PRODUCTS: ListSource = {
	path: 'products/products.json',
	listKey: 'products',
	filters: {},
	fields: 'id,title,handle',
	pageSize: 250,
	searchIn: (record) => [record.title, record.handle, record.id],
	entry: (record, admin) => ({ name: titled(record), value: idOf(record), url: admin ? `${admin}products/${idOf(record)}` : undefined }),
};

const COLLECTIONS: ListSource = {
	path: 'products/custom_collections.json',
	listKey: 'custom_collections',
	filters: {},
	fields: 'id,title,handle',
	pageSize: 250,
	searchIn: (record) => [record.title, record.handle, record.id],
	entry: (record) => ({ name: titled(record), value: idOf(record) }),
};

/** Orders of every status; SHOPLINE filters orders by no name or number, so they are matched here. */
const ORDERS: ListSource = {
	path: 'orders.json',
	listKey: 'orders',
	filters: { status: 'any' },
	fields: 'id,name,created_at,total_price,currency',
	pageSize: 100,
	searchIn: (record) => [record.name, text(record.name).replace(/^#/, ''), record.id],
	entry: (record, admin) => ({
		name: [text(record.name) || idOf(record), text(record.created_at).slice(0, 10), [text(record.total_price), text(record.currency)].filter(Boolean).join(' ')].filter(Boolean).join(' · '),
		value: idOf(record),
		url: admin ? `${admin}orders/${idOf(record)}` : undefined,
	}),
};

/** Customers: SHOPLINE searches them itself (query_param, part of a name, email or phone), so typed text goes to its search. */
const customerEntry = (record: IDataObject): INodeListSearchItems => {
	const name = [text(record.first_name), text(record.last_name)].filter(Boolean).join(' ');
	const contact = text(record.email) || text(record.phone);
	return { name: [name, contact].filter(Boolean).join(' · ') || idOf(record), value: idOf(record) };
};
const CUSTOMERS: ListSource = { path: 'v2/customers.json', listKey: 'customers', filters: {}, fields: 'id,first_name,last_name,email,phone', pageSize: 250, searchIn: () => [], entry: customerEntry };

export async function searchCustomers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const wanted = (filter ?? '').trim().slice(0, 50);
	const source: ListSource = wanted ? { ...CUSTOMERS, path: 'customers/v2/search.json', filters: { query_param: wanted } } : CUSTOMERS;
	const client = await createShoplineClient(this, LIST_RUN);
	const { records, next } = await fetchCursorPage(client, { ...source, pageInfo: paginationToken || undefined, itemIndex: 0 });
	return { results: records.map(customerEntry), paginationToken: next.kind === 'page' && next.pageInfo !== paginationToken ? next.pageInfo : undefined };
}

/** Open draft orders (the ones Complete takes), matched by ID or email. */
const DRAFT_ORDERS: ListSource = {
	path: 'orders/draft_orders.json',
	listKey: 'draft_orders',
	filters: { status: 'open' },
	pageSize: 250,
	searchIn: (record) => [record.id, record.email, record.name],
	entry: (record) => ({
		name: [text(record.name) || idOf(record), text(record.email), [text(record.total_price), text(record.currency)].filter(Boolean).join(' ')].filter(Boolean).join(' · '),
		value: idOf(record),
	}),
};

export async function searchDraftOrders(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchCursorList(this, DRAFT_ORDERS, filter, paginationToken);
}

export async function searchProducts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchCursorList(this, PRODUCTS, filter, paginationToken);
}

export async function searchCollections(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchCursorList(this, COLLECTIONS, filter, paginationToken);
}

export async function searchOrders(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchCursorList(this, ORDERS, filter, paginationToken);
}

/** Every location at once (the list is not paged), the default one marked, matched by name. */
export async function searchLocations(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const client = await createShoplineClient(this, LIST_RUN);
	const wanted = (filter ?? '').trim().toLowerCase();
	const locations = await fetchLocations(client, 0);
	const results = locations
		.filter((location) => contains([location.name, location.id], wanted))
		.map((location) => {
			const notes = [String(location.is_default) === 'true' ? 'default' : '', location.active === false ? 'inactive' : ''].filter(Boolean);
			return { name: `${text(location.name) || idOf(location)}${notes.length ? ` (${notes.join(', ')})` : ''}`, value: idOf(location) };
		});
	return { results };
}
