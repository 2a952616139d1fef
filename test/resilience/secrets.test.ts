import nock from 'nock';

import { Emulator, emulatorCredentials, type ShoplineFault, type TmapiFault } from '../../emulator';
import { productId } from '../../emulator/shoplineStore';
import type { RunResult } from '../harness/workflow';
import { CONTINUE, FAST_RETRIES, runShopline, runTmapi, type RunNodeOptions } from '../helpers/run';
import { expectNoSecret, jsonOf, pairedOf, SHOPLINE_TOKEN, TMAPI_TOKEN, visibleText } from '../helpers/workflows';

/**
 * Every operation against failures of every kind, with and without Continue On Fail:
 * neither token may show up, raw or URL-encoded, in an error message, its description,
 * its serialized form, an output item or a log line.
 */

const emulator = new Emulator({ tmapiToken: TMAPI_TOKEN, shoplineToken: SHOPLINE_TOKEN, storeSize: 20, hangMs: 100 });
beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());

// One retry is enough to go through the retry path; "timeout" faults hang 100 ms, then drop the
// connection. SHOPLINE paced at its fastest: each 429 halves the pace, and the waits that
// follow say nothing about secrets.
const twoTries = { ...FAST_RETRIES, maxTries: 2 };
const twoShoplineTries = { ...twoTries, requestsPerSecond: 40 };
const tmapiOps: Array<[string, Record<string, unknown>]> = [
	['shop items', { resource: 'shop', operation: 'getItems', shopUrl: 'demo.1688.com', returnAll: true, options: twoTries }],
	['category items', { resource: 'category', operation: 'getItems', categoryId: '1031922', limit: 30, options: twoTries }],
	['category items v1', { resource: 'category', operation: 'getItemsV1', categoryId: '1031922', limit: 30, options: twoTries }],
	['item detail', { resource: 'item', operation: 'getDetail', productUrl: '610000000001', options: twoTries }],
];
const shoplineOps: Array<[string, Record<string, unknown>]> = [
	['get many', { resource: 'product', operation: 'getAll', returnAll: true, options: twoShoplineTries }],
	['get', { resource: 'product', operation: 'get', productId: productId(1), options: twoShoplineTries }],
	['count', { resource: 'product', operation: 'count', options: twoShoplineTries }],
	['create', { resource: 'product', operation: 'create', title: 'New', options: twoShoplineTries }],
	['update', { resource: 'product', operation: 'update', productId: productId(2), productFields: { vendor: 'X' }, options: twoShoplineTries }],
	['delete', { resource: 'product', operation: 'delete', productId: productId(3), options: twoShoplineTries }],
];
const tmapiKinds: Array<TmapiFault | '439'> = ['417', '499', '500', '503', 'reset', 'timeout', '439'];
const shoplineKinds: ShoplineFault[] = ['429', '500', '503', '504', 'reset', 'timeout'];

function expectClean(result: RunResult) {
	expectNoSecret(result, TMAPI_TOKEN);
	expectNoSecret(result, SHOPLINE_TOKEN);
}

/**
 * Runs two items without, then with, Continue On Fail. Checks that the server got requests
 * in both runs (`seen` counts them: at least one, then at least one per item), that the
 * first run failed and the second gave each item an error item with the same message, and
 * that neither token shows anywhere.
 */
async function expectFailure(runNode: (options: RunNodeOptions) => Promise<RunResult>, credentials = emulatorCredentials(emulator), seen = () => emulator.log.length) {
	const before = seen();
	const failing = await runNode({ credentials, input: [{}, {}] });
	const between = seen();
	const soft = await runNode({ credentials, input: [{}, {}], node: CONTINUE });
	expect(between - before).toBeGreaterThanOrEqual(1);
	expect(seen() - between).toBeGreaterThanOrEqual(2);
	expect(failing.error?.message).toEqual(expect.any(String));
	expect(pairedOf(soft)).toEqual([{ item: 0 }, { item: 1 }]);
	expect(jsonOf(soft).map((json) => json.error)).toEqual([failing.error?.message, failing.error?.message]);
	expectClean(failing);
	expectClean(soft);
	return failing;
}

/** Every request the emulator answered carried the fault it was told to inject. */
const expectOnlyFault = (fault: string) => expect(emulator.log.filter((entry) => entry.fault !== fault)).toEqual([]);

describe.each(tmapiOps)('TMAPI %s', (_name, parameters) => {
	it.each(tmapiKinds)('fault %s', async (kind) => {
		emulator.reset();
		emulator.configure({
			tmapi: kind === '439' ? { balanceExhausted: true, faults: { rate: 0, kinds: [] } } : { balanceExhausted: false, codeIn: 'mixed', faults: { rate: 1, kinds: [kind] } },
		});
		await expectFailure(async (options) => await runTmapi(parameters, options));
		expectOnlyFault(kind);
	});
});

describe.each(shoplineOps)('SHOPLINE %s', (_name, parameters) => {
	it.each(shoplineKinds)('fault %s', async (kind) => {
		emulator.reset();
		emulator.configure({ shopline: { faults: { rate: 1, kinds: [kind] } } });
		await expectFailure(async (options) => await runShopline(parameters, options));
		expectOnlyFault(kind);
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
		let answered = 0;
		const answer = (): [number, typeof body] => (answered++, [status, body]);
		nock(base).persist().get(/.*/).reply(answer).post(/.*/).reply(answer);
		const runNode = async (options: RunNodeOptions) => await (api === 'tmapi' ? runTmapi(tmapiOps[3][1], options) : runShopline(shoplineOps[2][1], options));
		const failing = await expectFailure(runNode, credentials as never, () => answered);
		nock.cleanAll();
		if (shown) expect(visibleText(failing)).toContain('***');
	});
});
