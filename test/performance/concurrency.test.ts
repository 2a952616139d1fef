/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code run by jest: never part of a published package */
import { Emulator, emulatorCredentials } from '../../emulator';
import { itemDetail } from '../../emulator/tmapiCatalog';
import { watchClient } from '../helpers/clientProbe';
import { CONTINUE, runShopline, runTmapi } from '../helpers/run';
import { mockTmapi, ok } from '../helpers/tmapiServer';
import { jsonOf, pairedOf } from '../helpers/workflows';

/**
 * Behaviour, not timings: order, pairing, the in-flight cap, adaptation and pacing. What the
 * node decides (places in flight, the sends its pacer books) is read from the node itself; the
 * server's log shows only what the node causes whatever the machine's speed. How fast it all
 * goes is `npm run bench`'s business.
 */

const emulator = new Emulator({ storeSize: 300, shopSize: 60 });
beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.reset();
	emulator.configure({
		storeSize: 300,
		tmapi: { latencyMs: 0, concurrencyLimit: 0, faults: { rate: 0, kinds: [] } },
		shopline: { latencyMs: 0, bucket: { ratePerSecond: 4, capacity: 40 }, faults: { rate: 0, kinds: [] } },
	});
});
afterEach(() => jest.restoreAllMocks());

const credentials = () => emulatorCredentials(emulator);
const offers = (count: number) => Array.from({ length: count }, (_, i) => ({ offer: String(610000000000 + i * 37) }));

it('runs Get Detail for many items side by side, in input order with their pairing', async () => {
	emulator.configure({ tmapi: { latencyMs: 60 } });
	const client = watchClient();
	const input = offers(12);
	const result = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: '={{ $json.offer }}', options: { concurrency: 3 } }, {
		credentials: credentials(),
		input,
	});
	expect(result.error).toBeUndefined();
	expect(jsonOf(result).map((item) => item.item_id)).toEqual(input.map((entry) => entry.offer));
	expect(pairedOf(result)).toEqual(input.map((_, item) => ({ item })));
	expect(client.limiters[0].peak).toBe(3);
	expect(emulator.peakInFlight.tmapi).toBeLessThanOrEqual(3);
});

it('keeps Continue On Fail per item under concurrency', async () => {
	emulator.configure({ tmapi: { latencyMs: 30 } });
	const input = offers(9).map((entry, i) => (i % 4 === 1 ? { offer: 'https://example.com/not-1688' } : entry));
	const result = await runTmapi(
		{ resource: 'item', operation: 'getDetail', productUrl: '={{ $json.offer }}', options: { concurrency: 4 } },
		{ credentials: credentials(), input, node: CONTINUE },
	);
	expect(pairedOf(result)).toEqual(input.map((_, item) => ({ item })));
	jsonOf(result).forEach((json, i) => {
		if (i % 4 === 1) expect(String(json.error)).toContain('Product URL or Offer ID');
		else expect(json.item_id).toBe(input[i].offer);
	});
});

it('never has more TMAPI calls in flight than Max Concurrent Requests, pages and items together', async () => {
	emulator.configure({ tmapi: { latencyMs: 25 } });
	const client = watchClient();
	const result = await runTmapi(
		{ resource: 'shop', operation: 'getItems', shopUrl: '={{ $json.shop }}', returnAll: true, options: { concurrency: 3 } },
		{ credentials: credentials(), input: [{ shop: 'one.1688.com' }, { shop: 'two.1688.com' }, { shop: 'three.1688.com' }] },
	);
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(180);
	// One limiter for the run: items and their pages share its three places.
	expect(client.limiters).toHaveLength(1);
	expect(client.limiters[0].peak).toBe(3);
	expect(emulator.peakInFlight.tmapi).toBeLessThanOrEqual(3);
	expect(pairedOf(result).map((paired) => (paired as { item: number }).item)).toEqual([...Array(60).fill(0), ...Array(60).fill(1), ...Array(60).fill(2)]);
});

it('fetches no page beyond Limit, even when fanning out', async () => {
	emulator.configure({ tmapi: { latencyMs: 10 } });
	const result = await runTmapi(
		{ resource: 'category', operation: 'getItems', categoryId: '1031922', limit: 45, options: { concurrency: 5 } },
		{ credentials: credentials() },
	);
	expect(result.items).toHaveLength(45);
	expect(emulator.log.map((entry) => entry.query.page).sort()).toEqual(['1', '2', '3']);
});

it('backs off when TMAPI says its concurrency limit is exceeded, and finishes every item', async () => {
	// A TMAPI that allows 2 requests at once. It holds its first two answers until the node has
	// sent six (Max Concurrent Requests: all go before any answer), so four are refused on any
	// machine; later answers come at once.
	const input = offers(30);
	const client = watchClient();
	let inFlight = 0;
	let arrived = 0;
	let refused = 0;
	let sixSent!: () => void;
	const firstSix = new Promise<void>((resolve) => (sixSent = resolve));
	mockTmapi(
		'POST',
		'/1688/item_detail_by_url',
		(async (request: { body?: unknown }) => {
			arrived += 1;
			if (arrived === 6) sixSent();
			if (inFlight >= 2) {
				refused += 1;
				return [200, { code: 503, msg: 'API request concurrency limit exceeded, please reduce concurrency.', data: null }];
			}
			inFlight += 1;
			if (arrived <= 6) await firstSix;
			inFlight -= 1;
			const offer = /offer\/(\d+)\.html/.exec(String((request.body as { url: string }).url))![1];
			return ok(itemDetail(offer, 'zh'));
		}) as never,
		200,
	);
	const result = await runTmapi(
		{ resource: 'item', operation: 'getDetail', productUrl: '={{ $json.offer }}', options: { concurrency: 6, retryDelayMs: 50 } },
		{ input },
	);
	expect(result.error).toBeUndefined();
	expect(jsonOf(result).map((item) => item.item_id)).toEqual(input.map((entry) => entry.offer));
	// The first six: four refused, sent with 3 to 6 out. The node takes its limit down to 2, one
	// below the fewest it was refused with, and holds there: nothing else is refused.
	expect(refused).toBe(4);
	expect(client.limiters[0].limit).toBe(2);
});

it('paces SHOPLINE requests to the store bucket: every page waits for the send its pacer books', async () => {
	// The store's bucket scaled 10× (40/s, burst 10); pages of 5 over 300 products: 60 requests.
	emulator.configure({ shopline: { bucket: { ratePerSecond: 40, capacity: 10 } } });
	const client = watchClient();
	const result = await runShopline(
		{ operation: 'getAll', returnAll: true, options: { pageSize: 5, requestsPerSecond: 40, burst: 10 } },
		{ credentials: credentials() },
	);
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(300);
	// One booking per request, and each request went only once its booking was due.
	expect(client.paced).toHaveLength(emulator.log.length);
	client.pacedBeforeSend.forEach((paced, n) => expect(paced).toBeGreaterThanOrEqual(n + 1));
	// The sends as booked never overflow a bucket of 10 draining 40/s: 9 at once, then one each 25 ms.
	let level = 0;
	let last = client.paced[0];
	for (const due of client.paced) {
		level = Math.max(0, level - ((due - last) / 1000) * 40) + 1;
		last = due;
		expect(level).toBeLessThanOrEqual(10);
	}
	expect(client.paced[client.paced.length - 1] - client.paced[0]).toBeGreaterThanOrEqual(((emulator.log.length - 10) / 40) * 1000);
	// The server's own bucket: under load answers may bunch on the way and meet a 429 or two,
	// which the node retries (how often that happens on a quiet machine: `npm run bench`, case 3).
	expect(emulator.log.filter((entry) => entry.ok)).toHaveLength(60);
});

it('meets 429s without pacing (the bucket is real), and still returns every product', async () => {
	// A bucket of 2 that does not drain: the third request is refused whatever the machine's
	// speed. Once the server has refused one, the test opens the bucket; the node retries.
	emulator.configure({ shopline: { bucket: { ratePerSecond: 0, capacity: 2 } } });
	const open = setInterval(() => {
		if (emulator.log.some((entry) => entry.status === 429)) emulator.configure({ shopline: { bucket: null } });
	}, 2);
	try {
		const result = await runShopline(
			{ operation: 'getAll', returnAll: true, options: { pageSize: 50, requestsPerSecond: 40, burst: 200, retryDelayMs: 200, maxTries: 10 } },
			{ credentials: credentials() },
		);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((product) => product.id)).toEqual(emulator.store.list({}).map((product) => product.id));
		const statuses = emulator.log.map((entry) => entry.status);
		expect(statuses.slice(0, 3)).toEqual([200, 200, 429]);
		expect(statuses.filter((status) => status === 200)).toHaveLength(6);
	} finally {
		clearInterval(open);
	}
});
