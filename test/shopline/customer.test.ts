import { allCustomers, CUSTOMER_COUNT, customerId, readCustomer } from '../../emulator/shopline/customers';
import { storeEmulator } from '../helpers/storeEmulator';
import { CONTINUE, FAST_RETRIES, runShopline } from '../helpers/run';
import { mockShopline, SHOPLINE_ORIGIN, SHOPLINE_PREFIX } from '../helpers/shoplineServer';
import { expectNoSecret, jsonOf, pairedOf, SHOPLINE_TOKEN } from '../helpers/workflows';

const customer = (n: number) => ({ id: String(4201825000 + n), email: `c${n}@example.com`, first_name: `C${n}` });
const link = (path: string, pageInfo: string, rel: string) => `<${SHOPLINE_ORIGIN}${SHOPLINE_PREFIX}${path}?limit=250&page_info=${pageInfo}>; rel="${rel}"`;
const runCustomer = (parameters: Record<string, unknown>, options = {}) => runShopline({ resource: 'customer', ...parameters }, options);

describe('SHOPLINE → Customer → Get Many (nock)', () => {
	it('sends the filters on the first page only and follows rel="next" whichever comes first, one item per customer', async () => {
		const pages = [
			{ customers: [customer(1), customer(2)], link: link('v2/customers.json', 'p2', 'next') },
			{ customers: [customer(3)], link: `${link('v2/customers.json', 'p1', 'previous')}, ${link('v2/customers.json', 'p3', 'next')}` },
			{ customers: [customer(4)], link: link('v2/customers.json', 'p2', 'previous') },
		];
		const requests = mockShopline('GET', /\/v2\/customers\.json/, (_request, index) => [200, { customers: pages[index].customers }, { link: pages[index].link }]);
		const result = await runCustomer({
			operation: 'getAll',
			returnAll: true,
			filters: { createdAtMin: '2026-01-01T00:00:00Z', updatedAtMax: '2026-03-01T00:00:00Z', ids: '4201825001, 4201825002', sinceId: '4201825000' },
			options: { fields: 'id, email' },
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.path.split('?')[0])).toEqual(Array(3).fill(`${SHOPLINE_PREFIX}v2/customers.json`));
		expect(requests[0].query).toEqual({ created_at_min: '2026-01-01T00:00:00Z', updated_at_max: '2026-03-01T00:00:00Z', ids: '4201825001,4201825002', since_id: '4201825000', fields: 'id,email', limit: '250' });
		expect(requests[1].query).toEqual({ limit: '250', page_info: 'p2', fields: 'id,email' });
		expect(requests[2].query).toEqual({ limit: '250', page_info: 'p3', fields: 'id,email' });
		expect(jsonOf(result)).toEqual([customer(1), customer(2), customer(3), customer(4)]);
		expect(pairedOf(result)).toEqual(Array(4).fill({ item: 0 }));
	});

	it('outputs a customer that a later page repeats once', async () => {
		const pages = [
			{ customers: [customer(1), customer(2)], link: link('v2/customers.json', 'p2', 'next') },
			{ customers: [customer(2), customer(3)], link: link('v2/customers.json', 'p3', 'next') },
			{ customers: [customer(4)] },
		];
		const requests = mockShopline('GET', /\/v2\/customers\.json/, (_request, index) => [200, { customers: pages[index].customers }, pages[index].link ? { link: pages[index].link } : undefined], 3);
		const result = await runCustomer({ operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(3);
		expect(jsonOf(result).map((entry) => entry.id)).toEqual([1, 2, 3, 4].map((n) => customer(n).id));
	});

	it('stops with an error, not a loop, on a next link pointing back to a page already read', async () => {
		const pages = [
			{ customers: [customer(1), customer(2)], link: link('v2/customers.json', 'p2', 'next') },
			{ customers: [customer(3)], link: link('v2/customers.json', 'p2', 'next') },
		];
		const requests = mockShopline('GET', /\/v2\/customers\.json/, (_request, index) => [200, { customers: pages[index].customers }, { link: pages[index].link }], 2);
		const result = await runCustomer({ operation: 'getAll', returnAll: true });
		expect(result.error?.message).toContain('next-page link that was already followed');
		expect(requests).toHaveLength(2);
	});

	it('stops at Limit across pages, asking pages no larger than Limit', async () => {
		const requests = mockShopline('GET', /\/v2\/customers\.json/, (request, index) => {
			const size = Number(request.query.limit);
			return [200, { customers: Array.from({ length: size }, (_, n) => customer(index * size + n)) }, { link: link('v2/customers.json', `p${index + 2}`, 'next') }];
		});
		const result = await runCustomer({ operation: 'getAll', limit: 7, options: { pageSize: 5 } });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query.limit)).toEqual(['5', '5']);
		expect(jsonOf(result).map((entry) => entry.id)).toEqual(Array.from({ length: 7 }, (_, n) => customer(n).id));
	});
});

describe('SHOPLINE → Customer → Get, Create, Update, Search (nock)', () => {
	it('gets one customer by ID at customers/v2/{id}.json', async () => {
		const requests = mockShopline('GET', /\/customers\/v2\/4201825001\.json/, () => [200, { customer: customer(1) }]);
		const result = await runCustomer({ operation: 'get', customerId: { __rl: true, mode: 'id', value: ' 4201825001 ' }, options: { fields: 'id,email' } });
		expect(result.error).toBeUndefined();
		expect(requests[0].query).toEqual({ fields: 'id,email' });
		expect(jsonOf(result)).toEqual([customer(1)]);
	});

	it('creates with only the fields given, birthday as yyyyMMdd, gender as a number and the address as the default one', async () => {
		const requests = mockShopline('POST', 'customers.json', (request) => [201, { customer: { id: '4201825099', ...(request.body as { customer: object }).customer } }]);
		const result = await runCustomer({
			operation: 'create',
			email: ' bob@example.com ',
			additionalFields: { firstName: 'Bob', tags: 'loyal, wholesale', birthday: '1997-01-02', gender: '1', address: { address1: '7720 Cherokee Road', countryCode: 'us', zip: '40202' } },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({
			customer: {
				email: 'bob@example.com',
				first_name: 'Bob',
				tags: 'loyal,wholesale',
				birthday: '19970102',
				gender: 1,
				addresses: [{ address1: '7720 Cherokee Road', country_code: 'US', zip: '40202', default: true }],
			},
		});
		expect(jsonOf(result)[0].id).toBe('4201825099');
	});

	it('does not retry a create on 503: the customer may exist', async () => {
		const requests = mockShopline('POST', 'customers.json', () => [503, { errors: 'Service Unavailable' }]);
		const result = await runCustomer({ operation: 'create', phone: '+8613100000000', options: FAST_RETRIES });
		expect(result.error).toBeDefined();
		expect(requests).toHaveLength(1);
	});

	it('updates only the fields given at customers/{id}.json (a blank one is not sent)', async () => {
		const requests = mockShopline('PUT', /\/customers\/4201825001\.json/, (request) => [200, { customer: { ...customer(1), ...(request.body as { customer: object }).customer } }]);
		const result = await runCustomer({ operation: 'update', customerId: '4201825001', updateFields: { note: 'VIP', tags: '' } });
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ customer: { note: 'VIP' } });
		expect(jsonOf(result)[0]).toMatchObject({ id: '4201825001', note: 'VIP' });
	});

	it('refuses an update with nothing to change, sending nothing', async () => {
		const requests = mockShopline('PUT', /\/customers\/\d+\.json/, () => [200, { customer: customer(1) }]);
		const result = await runCustomer({ operation: 'update', customerId: '4201825001', updateFields: { note: ' ' } });
		expect(result.error?.message).toBe('Update Fields: nothing to update — add at least one field');
		expect(requests).toHaveLength(0);
	});

	it('searches with query_param, query and order on the first page, then only limit, page_info and fields', async () => {
		const pages = [
			{ customers: [customer(1)], link: link('customers/v2/search.json', 's2', 'next') },
			{ customers: [customer(2)], link: link('customers/v2/search.json', 's1', 'previous') },
		];
		const requests = mockShopline('GET', /\/customers\/v2\/search\.json/, (_request, index) => [200, { customers: pages[index].customers }, { link: pages[index].link }]);
		const result = await runCustomer({ operation: 'search', searchText: 'bob', conditions: 'tags : loyal; orders_count:2', returnAll: true, options: { sort: '2', fields: 'id' } });
		expect(result.error).toBeUndefined();
		expect(requests[0].query).toEqual({ query_param: 'bob', query: 'tags:loyal;orders_count:2', order: '2', fields: 'id', limit: '250' });
		expect(requests[1].query).toEqual({ limit: '250', page_info: 's2', fields: 'id' });
		expect(jsonOf(result)).toEqual([customer(1), customer(2)]);
	});

	it('reports a 422 with SHOPLINE\'s text and traceId, and no token anywhere', async () => {
		mockShopline('POST', 'customers.json', () => [422, { errors: { email: ['has already been taken'] } }, { traceId: 'trace-customer' }]);
		const failed = await runCustomer({ operation: 'create', email: 'bob@example.com' });
		expect(failed.error?.message).toContain('has already been taken');
		expect(failed.error?.description).toContain('traceId trace-customer');
		expectNoSecret(failed, SHOPLINE_TOKEN);
	});
});

describe('SHOPLINE → Customer against the emulator', () => {
	const { emulator, onEmulator } = storeEmulator(20);

	it('Return All reads every customer once, in order, over Link pages', async () => {
		const result = await runCustomer({ operation: 'getAll', returnAll: true, options: { pageSize: 50 } }, onEmulator());
		expect(result.error).toBeUndefined();
		const ids = jsonOf(result).map((entry) => entry.id);
		expect(ids).toHaveLength(CUSTOMER_COUNT);
		expect(new Set(ids).size).toBe(CUSTOMER_COUNT);
		expect(ids).toEqual(allCustomers(emulator.store).map((entry) => entry.id));
		expect(emulator.log).toHaveLength(Math.ceil(CUSTOMER_COUNT / 50));
		expect(emulator.log.slice(1).every((entry) => entry.query.page_info !== undefined && !entry.filtersWithPageInfo)).toBe(true);
	});

	it('Limit spans pages for each input item, linked to its item, without duplicates', async () => {
		const result = await runCustomer({ operation: 'getAll', limit: '={{ $json.limit }}', options: { pageSize: 30 } }, onEmulator({ input: [{ limit: 70 }, { limit: 5 }] }));
		expect(result.error).toBeUndefined();
		const all = allCustomers(emulator.store).map((entry) => entry.id);
		expect(jsonOf(result).map((entry) => entry.id)).toEqual([...all.slice(0, 70), ...all.slice(0, 5)]);
		expect(pairedOf(result)).toEqual([...Array(70).fill({ item: 0 }), ...Array(5).fill({ item: 1 })]);
		expect(emulator.log.map((entry) => entry.query.limit)).toEqual(expect.arrayContaining(['30', '30', '30', '5']));
		expect(emulator.log).toHaveLength(4);
	});

	it('creates a customer, finds it by part of its email and by a condition, updates and gets it', async () => {
		const created = await runCustomer({ operation: 'create', email: 'zoe.quinn@example.org', additionalFields: { firstName: 'Zoe', tags: 'trial' } }, onEmulator());
		expect(created.error).toBeUndefined();
		const id = String(jsonOf(created)[0].id);
		expect(readCustomer(emulator.store, id)).toMatchObject({ email: 'zoe.quinn@example.org', first_name: 'Zoe', tags: 'trial' });
		const found = await runCustomer({ operation: 'search', searchText: 'zoe.quinn', returnAll: true }, onEmulator());
		expect(jsonOf(found).map((entry) => entry.id)).toEqual([id]);
		const byTag = await runCustomer({ operation: 'search', conditions: 'tags:trial', returnAll: true }, onEmulator());
		expect(jsonOf(byTag).map((entry) => entry.id)).toEqual([id]);
		const updated = await runCustomer({ operation: 'update', customerId: { __rl: true, mode: 'list', value: id }, updateFields: { tags: 'loyal', note: 'Called twice' } }, onEmulator());
		expect(jsonOf(updated)[0]).toMatchObject({ id, tags: 'loyal', note: 'Called twice' });
		const got = await runCustomer({ operation: 'get', customerId: id }, onEmulator());
		expect(jsonOf(got)[0]).toMatchObject({ id, email: 'zoe.quinn@example.org', tags: 'loyal' });
	});

	it('answers as SHOPLINE does: a taken email is a 422 naming it, an unknown customer a 404', async () => {
		const taken = await runCustomer({ operation: 'create', email: allCustomers(emulator.store)[0].email }, onEmulator());
		expect(taken.error?.message).toContain('has already been taken');
		expect(taken.error?.description).toMatch(/traceId emu-/);
		const missing = await runCustomer({ operation: 'get', customerId: customerId(99_999) }, onEmulator());
		expect(missing.error?.message).toContain('customer not found');
		expectNoSecret(missing, emulator.options.shoplineToken);
	});

	it('with Continue On Fail, a refused item is an error item and the others are created', async () => {
		const result = await runCustomer(
			{ operation: 'create', email: '={{ $json.email }}' },
			onEmulator({ node: CONTINUE, input: [{ email: 'one@example.net' }, { email: allCustomers(emulator.store)[1].email }, { email: 'three@example.net' }] }),
		);
		const items = jsonOf(result);
		expect(items).toHaveLength(3);
		expect(items[1].error).toContain('has already been taken');
		expect([items[0].email, items[2].email]).toEqual(['one@example.net', 'three@example.net']);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});
