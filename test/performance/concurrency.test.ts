import { Emulator, emulatorCredentials } from '../../emulator';
import { CONTINUE, runShopline, runTmapi } from '../helpers/run';
import { jsonOf, pairedOf } from '../helpers/workflows';

/** Behaviour, not timings: order, pairing, the in-flight cap, adaptation and pacing. */

const emulator = new Emulator({ storeSize: 5000 });
beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.reset();
	emulator.configure({
		tmapi: { latencyMs: 0, concurrencyLimit: 0, faults: { rate: 0, kinds: [] } },
		shopline: { latencyMs: 0, bucket: { ratePerSecond: 4, capacity: 40 }, faults: { rate: 0, kinds: [] } },
	});
});

const credentials = () => emulatorCredentials(emulator);
const offers = (count: number) => Array.from({ length: count }, (_, i) => ({ offer: String(610000000000 + i * 37) }));

it('runs Get Detail for many items side by side, in input order with their pairing', async () => {
	emulator.configure({ tmapi: { latencyMs: 60 } });
	const input = offers(12);
	const result = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: '={{ $json.offer }}', options: { concurrency: 3 } }, {
		credentials: credentials(),
		input,
	});
	expect(result.error).toBeUndefined();
	expect(jsonOf(result).map((item) => item.item_id)).toEqual(input.map((entry) => entry.offer));
	expect(pairedOf(result)).toEqual(input.map((_, item) => ({ item })));
	expect(emulator.peakInFlight.tmapi).toBe(3);
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
	const result = await runTmapi(
		{ resource: 'shop', operation: 'getItems', shopUrl: '={{ $json.shop }}', returnAll: true, options: { concurrency: 3 } },
		{ credentials: credentials(), input: [{ shop: 'one.1688.com' }, { shop: 'two.1688.com' }, { shop: 'three.1688.com' }] },
	);
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(900);
	expect(emulator.peakInFlight.tmapi).toBe(3);
	expect(pairedOf(result).map((paired) => (paired as { item: number }).item)).toEqual([...Array(300).fill(0), ...Array(300).fill(1), ...Array(300).fill(2)]);
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
	emulator.configure({ tmapi: { latencyMs: 40, concurrencyLimit: 2 } });
	const input = offers(30);
	const result = await runTmapi(
		{ resource: 'item', operation: 'getDetail', productUrl: '={{ $json.offer }}', options: { concurrency: 6, retryDelayMs: 50 } },
		{ credentials: credentials(), input },
	);
	expect(result.error).toBeUndefined();
	expect(jsonOf(result).map((item) => item.item_id)).toEqual(input.map((entry) => entry.offer));
	const refused = emulator.log.filter((entry) => entry.fault === 'concurrency').length;
	// The first burst is refused beyond 2; after that the node holds itself at the limit.
	expect(refused).toBeGreaterThan(0);
	expect(refused).toBeLessThanOrEqual(8);
});

it('paces SHOPLINE requests so the store bucket never overflows', async () => {
	// The store's bucket scaled 10× faster (40/s, burst 10) so 200 requests take seconds, not a minute.
	emulator.configure({ shopline: { bucket: { ratePerSecond: 40, capacity: 10 } } });
	const result = await runShopline(
		{ operation: 'getAll', returnAll: true, options: { pageSize: 25, requestsPerSecond: 40, burst: 10 } },
		{ credentials: credentials() },
	);
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(5000);
	expect(emulator.log).toHaveLength(200);
	expect(emulator.log.filter((entry) => entry.status === 429)).toEqual([]);
});

it('meets 429s without pacing (the bucket is real), and still returns every product', async () => {
	// A bucket so small and slow (3, draining 2/s) that requests sent one after the other overflow it.
	emulator.configure({ shopline: { bucket: { ratePerSecond: 2, capacity: 3 } } });
	const result = await runShopline(
		{ operation: 'getAll', returnAll: true, options: { requestsPerSecond: 40, burst: 200, retryDelayMs: 200, maxTries: 10 } },
		{ credentials: credentials() },
	);
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(5000);
	expect(emulator.log.filter((entry) => entry.status === 429).length).toBeGreaterThan(0);
});
