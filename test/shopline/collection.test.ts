import { collectionId, Emulator, emulatorCredentials } from '../../emulator';
import type { RunResult } from '../harness/workflow';
import { CONTINUE, runShopline } from '../helpers/run';
import { mockShopline, SHOPLINE_ORIGIN, SHOPLINE_PREFIX, shoplineProduct, type ShoplineReply } from '../helpers/shoplineServer';
import { jsonOf, pairedOf } from '../helpers/workflows';

/** SHOPLINE → Collection: every operation's request and output against a mock store, then the emulator end to end. */

const CID = '12257170618007271602093384';
const P1 = shoplineProduct(1).id;
const P2 = shoplineProduct(2).id;
const P3 = shoplineProduct(3).id;

const collection = (n: number) => ({ id: `122571706180072716020${String(n).padStart(5, '0')}`, title: `Collection ${n}`, handle: `collection-${n}` });
const run = (parameters: Record<string, unknown>, options: Parameters<typeof runShopline>[1] = {}) => runShopline({ resource: 'collection', ...parameters }, options);
const ids = (result: RunResult) => jsonOf(result).map((record) => record.id);

/** A cursor list of `total` records at `path`, `make(n)` the n-th; page_info "p<N>" is page N, previous link first. */
function pagedList(path: string, key: string, total: number, make: (n: number) => object) {
	return (request: { query: Record<string, string> }): ShoplineReply => {
		const limit = Number(request.query.limit);
		const pageNumber = request.query.page_info ? Number(request.query.page_info.slice(1)) : 1;
		const from = (pageNumber - 1) * limit;
		const records = Array.from({ length: Math.max(0, Math.min(limit, total - from)) }, (_, i) => make(from + i + 1));
		const link = (page: number, rel: string) => `<${SHOPLINE_ORIGIN}${SHOPLINE_PREFIX}${path}?limit=${limit}&page_info=p${page}>; rel="${rel}"`;
		const links = [pageNumber > 1 ? link(pageNumber - 1, 'previous') : '', from + limit < total ? link(pageNumber + 1, 'next') : ''].filter(Boolean).join(', ');
		return [200, { [key]: records }, links ? { link: links } : {}];
	};
}

/** The error of a run, as n8n shows it: the message and the description with SHOPLINE's traceId. */
function expectShoplineError(result: RunResult, message: string, traceId = 'trace-1') {
	expect(result.error?.name).toBe('NodeApiError');
	expect(result.error?.message).toBe(message);
	expect(result.error?.description).toContain(`traceId ${traceId}`);
}

describe('SHOPLINE → Collection → Get Many', () => {
	const LIST = 'products/custom_collections.json';

	it('sends every filter on the first page, then only limit, page_info and fields', async () => {
		const requests = mockShopline('GET', LIST, pagedList(LIST, 'custom_collections', 5, collection));
		const result = await run({
			operation: 'getAll',
			returnAll: true,
			filters: {
				title: 'Spring clothing',
				handle: 'spring-clothing',
				ids: `${CID}, 12257170618007271602083384`,
				sinceId: '12257170618007271602000000',
				updatedAtMin: '2026-01-01T00:00:00+00:00',
				updatedAtMax: '2026-11-01T00:00:00Z',
			},
			options: { fields: 'id, title', pageSize: 2 },
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query)).toEqual([
			{
				title: 'Spring clothing',
				handle: 'spring-clothing',
				ids: `${CID},12257170618007271602083384`,
				since_id: '12257170618007271602000000',
				updated_at_min: '2026-01-01T00:00:00+00:00',
				updated_at_max: '2026-11-01T00:00:00Z',
				fields: 'id,title',
				limit: '2',
			},
			{ limit: '2', page_info: 'p2', fields: 'id,title' },
			{ limit: '2', page_info: 'p3', fields: 'id,title' },
		]);
		expect(requests[0].path).toBe(`${SHOPLINE_PREFIX}${LIST}`);
		expect(jsonOf(result)).toEqual([1, 2, 3, 4, 5].map(collection));
		expect(pairedOf(result)).toEqual(Array.from({ length: 5 }, () => ({ item: 0 })));
	});

	it('stops at Limit across pages, asking for no more than Limit per page', async () => {
		const requests = mockShopline('GET', LIST, pagedList(LIST, 'custom_collections', 20, collection));
		const result = await run({ operation: 'getAll', limit: 5, options: { pageSize: 2 } });
		expect(requests.map((request) => request.query)).toEqual([{ limit: '2' }, { limit: '2', page_info: 'p2' }, { limit: '2', page_info: 'p3' }]);
		expect(ids(result)).toEqual([1, 2, 3, 4, 5].map((n) => collection(n).id));
	});

	it('fails with SHOPLINE\'s words and the traceId', async () => {
		mockShopline('GET', LIST, () => [400, { errors: 'updated_at_min must be an ISO 8601 date' }]);
		const result = await run({ operation: 'getAll', limit: 5 });
		expectShoplineError(result, `SHOPLINE GET ${LIST} failed with HTTP 400: updated_at_min must be an ISO 8601 date`);
	});
});

describe('SHOPLINE → Collection → Get, Create, Update, Delete', () => {
	const SINGLE = `products/custom_collections/${CID}.json`;

	it('gets one collection by ID, with Fields', async () => {
		const requests = mockShopline('GET', SINGLE, () => [200, { custom_collection: { id: CID, title: 'Spring' } }]);
		const result = await run({ operation: 'get', collectionId: CID, options: { fields: 'id,title' } });
		expect(requests.map((request) => [request.path, request.query])).toEqual([[`${SHOPLINE_PREFIX}${SINGLE}`, { fields: 'id,title' }]]);
		expect(jsonOf(result)).toEqual([{ id: CID, title: 'Spring' }]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('reports a collection that does not exist with SHOPLINE\'s answer and traceId', async () => {
		mockShopline('GET', SINGLE, () => [404, { errors: 'Not Found' }]);
		const result = await run({ operation: 'get', collectionId: CID });
		expectShoplineError(result, `SHOPLINE GET ${SINGLE} failed with HTTP 404: Not Found`);
	});

	it('creates a collection with its image, banner and first products', async () => {
		const requests = mockShopline('POST', 'products/custom_collections.json', (request) => [201, { custom_collection: { id: CID, ...(request.body as { custom_collection: object }).custom_collection } }]);
		const result = await run({
			operation: 'create',
			title: 'Spring clothing',
			collectionFields: {
				bodyHtml: '<p>New in</p>',
				handle: 'spring-clothing',
				imageSrc: 'https://img.myshopline.com/image/a.png',
				imageAlt: 'Spring',
				bannerSrc: 'https://img.myshopline.com/image/b.png',
				path: '/collections/spring',
				publishedScope: 'web',
				sortOrder: 'best-selling',
				productIds: `${P1}, ${P2}, ${P1}`,
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.body)).toEqual([
			{
				custom_collection: {
					title: 'Spring clothing',
					body_html: '<p>New in</p>',
					handle: 'spring-clothing',
					image: { src: 'https://img.myshopline.com/image/a.png', alt: 'Spring' },
					banner: { src: 'https://img.myshopline.com/image/b.png' },
					path: '/collections/spring',
					published_scope: 'web',
					sort_order: 'best-selling',
					collects: [{ product_id: P1 }, { product_id: P2 }],
				},
			},
		]);
		expect(jsonOf(result)[0]).toMatchObject({ id: CID, title: 'Spring clothing' });
	});

	it('fails a create with SHOPLINE\'s field errors and the traceId', async () => {
		mockShopline('POST', 'products/custom_collections.json', () => [422, { errors: { handle: ['has already been taken'] } }]);
		const result = await run({ operation: 'create', title: 'Spring', collectionFields: { handle: 'spring' } });
		expectShoplineError(result, 'SHOPLINE POST products/custom_collections.json failed with HTTP 422: handle: has already been taken');
	});

	it('updates only the fields given', async () => {
		const requests = mockShopline('PUT', SINGLE, (request) => [200, { custom_collection: { id: CID, ...(request.body as { custom_collection: object }).custom_collection } }]);
		const result = await run({ operation: 'update', collectionId: CID, collectionFields: { title: 'Summer', templatePath: 'templates/sortation/detail.json', bodyHtml: '' } });
		expect(requests.map((request) => [request.method, request.body])).toEqual([['PUT', { custom_collection: { title: 'Summer', template_path: 'templates/sortation/detail.json' } }]]);
		expect(jsonOf(result)).toEqual([{ id: CID, title: 'Summer', template_path: 'templates/sortation/detail.json' }]);
	});

	it('refuses an update with nothing to change, before any request', async () => {
		const result = await run({ operation: 'update', collectionId: CID, collectionFields: { bodyHtml: ' ' } });
		expect(result.error?.message).toBe('Update Fields: nothing to update — add at least one field');
	});

	it('fails an update with the traceId and says the change may not be applied on a 5xx', async () => {
		const requests = mockShopline('PUT', SINGLE, () => [503, { errors: 'Service temporarily unavailable' }]);
		const result = await run({ operation: 'update', collectionId: CID, collectionFields: { title: 'Summer' }, options: { maxTries: 3, retryDelayMs: 1 } });
		expect(requests).toHaveLength(1);
		expectShoplineError(result, `SHOPLINE PUT ${SINGLE} failed with HTTP 503: Service temporarily unavailable`);
		expect(result.error?.description).toContain('may or may not have been applied');
	});

	it('deletes and reports the ID', async () => {
		const requests = mockShopline('DELETE', SINGLE, () => [200, '']);
		const result = await run({ operation: 'delete', collectionId: CID });
		expect(requests.map((request) => request.path)).toEqual([`${SHOPLINE_PREFIX}${SINGLE}`]);
		expect(jsonOf(result)).toEqual([{ id: CID, deleted: true }]);
	});

	it('fails a delete with SHOPLINE\'s answer and traceId', async () => {
		mockShopline('DELETE', SINGLE, () => [404, { errors: 'Not Found' }]);
		const result = await run({ operation: 'delete', collectionId: CID });
		expectShoplineError(result, `SHOPLINE DELETE ${SINGLE} failed with HTTP 404: Not Found`);
	});
});

describe('SHOPLINE → Collection → Add Products and Remove Products', () => {
	const BATCH = `products/custom_collections/${CID}/products.json`;
	const MEMBERS = `products/collections/${CID}/products.json`;

	it('adds one product or several in one request', async () => {
		const requests = mockShopline('POST', BATCH, () => [200, '']);
		const result = await run({ operation: 'addProducts', collectionId: CID, productIds: '={{ $json.ids }}' }, { input: [{ ids: P1 }, { ids: [P2, P3] }] });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.body)).toEqual([{ product_ids: [P1] }, { product_ids: [P2, P3] }]);
		expect(jsonOf(result)).toEqual([
			{ id: CID, added: [P1], alreadyInCollection: [] },
			{ id: CID, added: [P2, P3], alreadyInCollection: [] },
		]);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('takes an empty answer to an add as success, but not a cut-off one', async () => {
		const requests = mockShopline('POST', BATCH, () => [200, '{"product_ids": ["16057']);
		const result = await run({ operation: 'addProducts', collectionId: CID, productIds: P1, options: { maxTries: 3, retryDelayMs: 1 } });
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toBe(`SHOPLINE applied POST ${BATCH} (HTTP 200, traceId trace-1) but answered with an incomplete JSON body`);
	});

	it('reports products already in the collection and adds the others', async () => {
		const posts = mockShopline('POST', BATCH, (request) =>
			(request.body as { product_ids: string[] }).product_ids.includes(P1) ? [422, { errors: { product_ids: [`product ${P1} is already in the collection`] } }] : [200, ''],
		);
		const reads = mockShopline('GET', MEMBERS, pagedList(MEMBERS, 'products', 3, (n) => ({ id: n === 2 ? P1 : shoplineProduct(10 + n).id })));
		const result = await run({ operation: 'addProducts', collectionId: CID, productIds: `${P1},${P2}`, options: { concurrency: 1 } });
		expect(result.error).toBeUndefined();
		expect(posts.map((request) => request.body)).toEqual([{ product_ids: [P1, P2] }, { product_ids: [P2] }]);
		expect(reads.map((request) => request.query)).toEqual([{ limit: '250', fields: 'id' }]);
		expect(jsonOf(result)).toEqual([{ id: CID, added: [P2], alreadyInCollection: [P1] }]);
	});

	it('does not post again when every product is already there', async () => {
		const posts = mockShopline('POST', BATCH, () => [422, { errors: 'already in the collection' }]);
		mockShopline('GET', MEMBERS, () => [200, { products: [{ id: P1 }, { id: P2 }] }]);
		const result = await run({ operation: 'addProducts', collectionId: CID, productIds: `${P2},${P1}` });
		expect(posts).toHaveLength(1);
		expect(jsonOf(result)).toEqual([{ id: CID, added: [], alreadyInCollection: [P2, P1] }]);
	});

	it('keeps SHOPLINE\'s error and traceId when the refusal is not about membership', async () => {
		const posts = mockShopline('POST', BATCH, () => [422, { errors: { product_ids: [`product ${P3} does not exist`] } }]);
		const reads = mockShopline('GET', MEMBERS, () => [200, { products: [{ id: P1 }] }]);
		const result = await run({ operation: 'addProducts', collectionId: CID, productIds: P3 });
		expect(posts).toHaveLength(1);
		expect(reads).toHaveLength(1);
		expectShoplineError(result, `SHOPLINE POST ${BATCH} failed with HTTP 422: product_ids: product ${P3} does not exist`);
	});

	it('does not look for members when the collection is missing', async () => {
		mockShopline('POST', BATCH, () => [404, { errors: 'Not Found' }]);
		const reads = mockShopline('GET', MEMBERS, () => [200, { products: [] }]);
		const result = await run({ operation: 'addProducts', collectionId: CID, productIds: P1 });
		expect(reads).toHaveLength(0);
		expectShoplineError(result, `SHOPLINE POST ${BATCH} failed with HTTP 404: Not Found`);
	});

	it('removes products with a DELETE that carries their IDs', async () => {
		const requests = mockShopline('DELETE', BATCH, () => [200, '']);
		const result = await run({ operation: 'removeProducts', collectionId: CID, productIds: ` ${P1} ,${P2},` });
		expect(requests.map((request) => [request.method, request.path, request.body])).toEqual([['DELETE', `${SHOPLINE_PREFIX}${BATCH}`, { product_ids: [P1, P2] }]]);
		expect(jsonOf(result)).toEqual([{ id: CID, removed: [P1, P2] }]);
	});

	it('fails a removal with SHOPLINE\'s words and traceId, other items going on under Continue On Fail', async () => {
		mockShopline('DELETE', BATCH, (_request, index) => (index === 0 ? [403, { errors: 'write_products scope required' }] : [200, '']));
		const result = await run({ operation: 'removeProducts', collectionId: CID, productIds: '={{ $json.id }}', options: { concurrency: 1 } }, { input: [{ id: P1 }, { id: P2 }], node: CONTINUE });
		expect(jsonOf(result)[0].error).toBe(`SHOPLINE DELETE ${BATCH} failed with HTTP 403: write_products scope required`);
		expect(jsonOf(result)[0].details).toContain('traceId trace-1');
		expect(jsonOf(result)[1]).toEqual({ id: CID, removed: [P2] });
	});
});

describe('SHOPLINE → Collection → Get Products', () => {
	const MEMBERS = `products/collections/${CID}/products.json`;

	it('returns every product of the collection, one item each, page after page', async () => {
		const requests = mockShopline('GET', MEMBERS, pagedList(MEMBERS, 'products', 5, shoplineProduct));
		const result = await run({ operation: 'getProducts', collectionId: CID, returnAll: true, options: { pageSize: 2, fields: 'id,title' } });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query)).toEqual([
			{ limit: '2', fields: 'id,title' },
			{ limit: '2', page_info: 'p2', fields: 'id,title' },
			{ limit: '2', page_info: 'p3', fields: 'id,title' },
		]);
		expect(jsonOf(result)).toEqual([1, 2, 3, 4, 5].map(shoplineProduct));
		expect(pairedOf(result)).toHaveLength(5);
	});

	it('stops at Limit across pages', async () => {
		const requests = mockShopline('GET', MEMBERS, pagedList(MEMBERS, 'products', 30, shoplineProduct));
		const result = await run({ operation: 'getProducts', collectionId: CID, limit: 3, options: { pageSize: 2 } });
		expect(requests).toHaveLength(2);
		expect(ids(result)).toEqual([P1, P2, P3]);
	});

	it('fails with SHOPLINE\'s answer and traceId for an unknown collection', async () => {
		mockShopline('GET', MEMBERS, () => [404, { errors: 'Not Found' }]);
		const result = await run({ operation: 'getProducts', collectionId: CID, limit: 3 });
		expectShoplineError(result, `SHOPLINE GET ${MEMBERS} failed with HTTP 404: Not Found`);
	});
});

describe('SHOPLINE → Collection against the emulator', () => {
	const emulator = new Emulator({ storeSize: 300, shopline: { bucket: null } });
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	const onEmulator = () => ({ credentials: emulatorCredentials(emulator) });
	beforeEach(() => {
		emulator.resetStore();
		emulator.reset();
	});

	it('lists the seeded collections with 26-digit string IDs, page by page', async () => {
		const result = await run({ operation: 'getAll', returnAll: true, options: { pageSize: 1 } }, onEmulator());
		expect(result.error).toBeUndefined();
		expect(ids(result)).toEqual([0, 1, 2, 3].map(collectionId));
		expect(ids(result).every((id) => typeof id === 'string' && /^\d{26}$/.test(id as string))).toBe(true);
		expect(emulator.log.filter((entry) => entry.path.endsWith('custom_collections.json'))).toHaveLength(4);
	});

	it('adds, lists, removes the products of a collection; the products list filter agrees', async () => {
		const created = await run({ operation: 'create', title: 'Sync test' }, onEmulator());
		const id = String(jsonOf(created)[0].id);
		expect(id).toMatch(/^\d{26}$/);
		const members = Array.from({ length: 7 }, (_, n) => `16057850264845${String(n * 3).padStart(12, '0')}`);

		const first = await run({ operation: 'addProducts', collectionId: id, productIds: members.slice(0, 5).join(',') }, onEmulator());
		expect(jsonOf(first)).toEqual([{ id, added: members.slice(0, 5), alreadyInCollection: [] }]);
		// Running the sync again with two new products: the five already there are reported, not an error.
		const again = await run({ operation: 'addProducts', collectionId: id, productIds: members.join(',') }, onEmulator());
		expect(again.error).toBeUndefined();
		expect(jsonOf(again)).toEqual([{ id, added: members.slice(5), alreadyInCollection: members.slice(0, 5) }]);

		const listed = await run({ operation: 'getProducts', collectionId: id, limit: 6, options: { pageSize: 4 } }, onEmulator());
		expect(ids(listed)).toEqual(members.slice(0, 6));
		const filtered = await runShopline({ operation: 'getAll', returnAll: true, filters: { collectionId: id } }, onEmulator());
		expect(ids(filtered)).toEqual([...members].sort());
		const counted = await runShopline({ operation: 'count', filters: { collectionId: id } }, onEmulator());
		expect(jsonOf(counted)).toEqual([{ count: 7 }]);

		const removed = await run({ operation: 'removeProducts', collectionId: id, productIds: `${members[0]},${members[6]}` }, onEmulator());
		expect(jsonOf(removed)).toEqual([{ id, removed: [members[0], members[6]] }]);
		const after = await run({ operation: 'getProducts', collectionId: id, returnAll: true }, onEmulator());
		expect(ids(after)).toEqual(members.slice(1, 6));
		const filteredAfter = await runShopline({ operation: 'getAll', returnAll: true, filters: { collectionId: id } }, onEmulator());
		expect(ids(filteredAfter)).toEqual(members.slice(1, 6));
	});

	it('updates, gets and deletes a collection; a deleted one answers 404 with a traceId', async () => {
		const id = collectionId(0);
		const updated = await run({ operation: 'update', collectionId: id, collectionFields: { title: 'Spring 2027', sortOrder: 'alpha-asc' } }, onEmulator());
		expect(jsonOf(updated)[0]).toMatchObject({ id, title: 'Spring 2027', sort_order: 'alpha-asc', handle: 'spring-clothing' });
		const fetched = await run({ operation: 'get', collectionId: id, options: { fields: 'id,title' } }, onEmulator());
		expect(jsonOf(fetched)).toEqual([{ id, title: 'Spring 2027' }]);
		const deleted = await run({ operation: 'delete', collectionId: id }, onEmulator());
		expect(jsonOf(deleted)).toEqual([{ id, deleted: true }]);
		const gone = await run({ operation: 'get', collectionId: id }, onEmulator());
		expect(gone.error?.message).toBe(`SHOPLINE GET products/custom_collections/${id}.json failed with HTTP 404: Not Found`);
		expect(gone.error?.description).toMatch(/traceId \S+/);
	});

	it('refuses a second collection with the same handle (422), naming the field', async () => {
		const result = await run({ operation: 'create', title: 'Again', collectionFields: { handle: 'best-sellers' } }, onEmulator());
		expect(result.error?.message).toBe('SHOPLINE POST products/custom_collections.json failed with HTTP 422: handle: has already been taken');
	});
});
