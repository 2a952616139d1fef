import { emulatorCredentials } from '../../emulator';
import { allCustomers } from '../../emulator/shopline/customers';
import { listSearch } from '../harness/loadOptions';
import { runShopline } from '../helpers/run';
import { storeEmulator } from '../helpers/storeEmulator';
import { jsonOf } from '../helpers/workflows';

/** The From List mode of Customer ID and Draft Order ID, run as the editor runs it, against the emulator. */

describe('SHOPLINE list searches of customers and draft orders', () => {
	const { emulator } = storeEmulator(20);
	const credentials = () => emulatorCredentials(emulator);
	const requests = () => emulator.log.filter((entry) => entry.api === 'shopline').map((entry) => ({ path: entry.path.replace(/^\/admin\/openapi\/v20260301\//, ''), query: entry.query }));

	it('customers: the list as "name · email", then typed text searched by SHOPLINE (query_param)', async () => {
		const customers = allCustomers(emulator.store);
		const first = await listSearch('searchCustomers', credentials());
		expect(first.results).toHaveLength(customers.length);
		expect(first.results[0]).toEqual({ name: `${customers[0].first_name} ${customers[0].last_name} · ${customers[0].email}`, value: customers[0].id });
		expect(first.paginationToken).toBeUndefined();
		const found = await listSearch('searchCustomers', credentials(), { filter: ' customer7@ ' });
		expect(found.results.map((entry) => entry.value)).toEqual([customers[6].id]);
		expect(requests()).toEqual([
			{ path: 'v2/customers.json', query: { limit: '250', fields: 'id,first_name,last_name,email,phone' } },
			{ path: 'customers/v2/search.json', query: { limit: '250', fields: 'id,first_name,last_name,email,phone', query_param: 'customer7@' } },
		]);
	});

	it('draft orders: only the open ones, typed text matched against ID and email', async () => {
		const customer = allCustomers(emulator.store)[2];
		const variant = String(emulator.store.list({})[0].variants[0].id);
		const create = async () => jsonOf(await runShopline({ resource: 'draftOrder', operation: 'create', lineItems: { lineItem: [{ variantId: variant, quantity: 1 }] }, additionalFields: { customerId: customer.id } }, { credentials: credentials() }))[0];
		const [open, done] = [await create(), await create()];
		await runShopline({ resource: 'draftOrder', operation: 'complete', draftOrderId: String(done.id) }, { credentials: credentials() });
		const list = await listSearch('searchDraftOrders', credentials());
		expect(list.results.map((entry) => entry.value)).toEqual([open.id]);
		expect(list.results[0].name).toContain(String(customer.email));
		expect((await listSearch('searchDraftOrders', credentials(), { filter: 'nobody@' })).results).toEqual([]);
	});
});
