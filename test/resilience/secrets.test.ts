import nock from 'nock';

import { Emulator, emulatorCredentials, type ShoplineFault, type TmapiFault } from '../../emulator';
import { productId } from '../../emulator/shoplineStore';
import { runWorkflow } from '../harness/workflow';
import { expectNoSecret, SHOPLINE_TOKEN, shoplineWorkflow, TMAPI_TOKEN, tmapiWorkflow, visibleText } from '../helpers/workflows';

/**
 * Every operation against failures of every kind, with and without Continue On Fail:
 * neither token may show up, raw or URL-encoded, in an error message, its description,
 * its serialized form, an output item or a log line.
 */

const emulator = new Emulator({ tmapiToken: TMAPI_TOKEN, shoplineToken: SHOPLINE_TOKEN, storeSize: 20, hangMs: 300 });
beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());

const fast = { maxTries: 2, retryDelayMs: 1 };
const tmapiOps: Array<[string, Record<string, unknown>]> = [
	['shop items', { resource: 'shop', operation: 'getItems', shopUrl: 'demo.1688.com', returnAll: true, options: fast }],
	['category items', { resource: 'category', operation: 'getItems', categoryId: '1031922', limit: 30, options: fast }],
	['category items v1', { resource: 'category', operation: 'getItemsV1', categoryId: '1031922', limit: 30, options: fast }],
	['item detail', { resource: 'item', operation: 'getDetail', productUrl: '610000000001', options: fast }],
];
const shoplineOps: Array<[string, Record<string, unknown>]> = [
	['get many', { resource: 'product', operation: 'getAll', returnAll: true, options: fast }],
	['get', { resource: 'product', operation: 'get', productId: productId(1), options: fast }],
	['count', { resource: 'product', operation: 'count', options: fast }],
	['create', { resource: 'product', operation: 'create', title: 'New', options: fast }],
	['update', { resource: 'product', operation: 'update', productId: productId(2), productFields: { vendor: 'X' }, options: fast }],
	['delete', { resource: 'product', operation: 'delete', productId: productId(3), options: fast }],
];
const tmapiKinds: Array<TmapiFault | '439'> = ['417', '499', '500', '503', 'reset', 'timeout', '439'];
const shoplineKinds: ShoplineFault[] = ['429', '500', '503', '504', 'reset', 'timeout'];

function expectClean(result: Awaited<ReturnType<typeof runWorkflow>>) {
	expectNoSecret(result, TMAPI_TOKEN);
	expectNoSecret(result, SHOPLINE_TOKEN);
}

async function both(build: () => ReturnType<typeof tmapiWorkflow>, credentials = emulatorCredentials(emulator)) {
	const failing = await runWorkflow(build(), { credentials, input: [{}, {}] });
	const continuing = build();
	continuing.nodes[1].onError = 'continueRegularOutput';
	const soft = await runWorkflow(continuing, { credentials, input: [{}, {}] });
	return [failing, soft];
}

describe.each(tmapiOps)('TMAPI %s', (_name, parameters) => {
	it.each(tmapiKinds)('fault %s', async (kind) => {
		emulator.reset();
		emulator.configure({
			tmapi: kind === '439' ? { balanceExhausted: true, faults: { rate: 0, kinds: [] } } : { balanceExhausted: false, codeIn: 'mixed', faults: { rate: 1, kinds: [kind] } },
		});
		const [failing, soft] = await both(() => tmapiWorkflow(parameters));
		expect(failing.error).toBeDefined();
		expect(soft.items.every((item) => typeof item.json.error === 'string')).toBe(true);
		expectClean(failing);
		expectClean(soft);
	});
});

describe.each(shoplineOps)('SHOPLINE %s', (_name, parameters) => {
	it.each(shoplineKinds)('fault %s', async (kind) => {
		emulator.reset();
		emulator.configure({ shopline: { faults: { rate: 1, kinds: [kind] } } });
		const [failing, soft] = await both(() => shoplineWorkflow(parameters));
		expect(failing.error).toBeDefined();
		expect(soft.items.every((item) => typeof item.json.error === 'string')).toBe(true);
		expectClean(failing);
		expectClean(soft);
	});
});

describe('answers that echo the token or are not JSON', () => {
	afterEach(() => emulator.configure({ tmapi: { faults: { rate: 0, kinds: [] }, balanceExhausted: false }, shopline: { faults: { rate: 0, kinds: [] } } }));

	it.each([
		// The last column: whether the answer's text is shown to the user (masked).
		['TMAPI 422 echoing the request', 'tmapi', 200, { code: 422, msg: `bad request /1688/item_detail_by_url?apiToken=${encodeURIComponent(TMAPI_TOKEN)}` }, true],
		['TMAPI gateway echoing the key', 'tmapi', 401, { message: `Invalid key ${TMAPI_TOKEN}` }, true],
		['TMAPI HTML error page with the URL', 'tmapi', 502, `<html><body>upstream error for ?apiToken=${TMAPI_TOKEN}</body></html>`, true],
		['TMAPI truncated JSON', 'tmapi', 200, `{"code":200,"data":{"apiToken":"${TMAPI_TOKEN}`, false],
		['SHOPLINE 401 echoing the header', 'shopline', 401, { errors: `Invalid token: Bearer ${SHOPLINE_TOKEN}` }, true],
		['SHOPLINE HTML page', 'shopline', 503, `<html>Authorization: Bearer ${SHOPLINE_TOKEN}</html>`, true],
		['SHOPLINE empty answer', 'shopline', 200, '', false],
	])('%s', async (_name, api, status, body, shown) => {
		const base = 'https://echo.example';
		const credentials =
			api === 'tmapi'
				? { tmapi1688Api: { apiToken: TMAPI_TOKEN, host: 'custom', customBaseUrl: base } }
				: { shoplineApi: { storeHandle: 'x', accessToken: SHOPLINE_TOKEN, apiVersion: 'v20260301', baseUrl: base } };
		nock(base).persist().get(/.*/).reply(status, body).post(/.*/).reply(status, body);
		const build = () => (api === 'tmapi' ? tmapiWorkflow(tmapiOps[3][1]) : shoplineWorkflow(shoplineOps[2][1]));
		const [failing, soft] = await both(build, credentials as never);
		nock.cleanAll();
		expect(failing.error).toBeDefined();
		if (shown) expect(visibleText(failing)).toContain('***');
		expectClean(failing);
		expectClean(soft);
	});
});
