import { Emulator, emulatorCredentials } from '../../emulator';
import { categoryProducts, sortProducts } from '../../emulator/tmapiCatalog';
import { runTmapi } from '../helpers/run';
import { jsonOf } from '../helpers/workflows';

/**
 * Concurrency Mode Auto against an account that allows 8 TMAPI requests at once. Answers take
 * 100 ms, as in the benchmark: with much shorter ones, a loaded machine reads answers so late
 * that the node still counts in flight what the emulator has long finished, and the count
 * behind each refusal says little.
 */

const emulator = new Emulator({ categorySize: 2000 });
beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.reset();
	emulator.configure({ categorySize: 2000, tmapi: { latencyMs: 100, concurrencyLimit: 8, maxPageSize: 20, faults: { rate: 0, kinds: [] } } });
});

const credentials = () => emulatorCredentials(emulator);
const category = (options: Record<string, unknown>) => ({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options });

it('finds the account limit: Return All over 2,000 products in order, close to 8 in flight, few refusals', async () => {
	const result = await runTmapi(category({ concurrencyMode: 'auto', retryDelayMs: 50 }), { credentials: credentials() });
	expect(result.error).toBeUndefined();
	const expected = sortProducts(categoryProducts(1031922, 2000), 'default').map((product) => String(product.itemId));
	expect(jsonOf(result).map((item) => String(item.item_id))).toEqual(expected);

	const pages = emulator.log.filter((entry) => entry.ok).map((entry) => Number(entry.query.page));
	expect(new Set(pages).size).toBe(100);
	expect(emulator.peakInFlight.tmapi).toBeGreaterThanOrEqual(8);
	const refused = emulator.log.filter((entry) => entry.fault === 'concurrency').length;
	expect(refused / emulator.log.length).toBeLessThanOrEqual(0.05);
});

it('over a long list tries above the account limit less and less often: 400 pages, few refusals', async () => {
	emulator.configure({ categorySize: 8000 });
	const result = await runTmapi(category({ concurrencyMode: 'auto', retryDelayMs: 50, maxPages: 400 }), { credentials: credentials() });
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(8000);
	expect(emulator.peakInFlight.tmapi).toBeGreaterThanOrEqual(8);
	// Refusals may come in bursts (a level refused, and what was sent before that came back);
	// count the clean answers between bursts. The first burst finds the limit; the next try
	// above it waits 100 clean answers, the one after 200.
	const cleanBefore: number[] = [];
	let clean = 0;
	let sinceRefusal = Infinity;
	for (const entry of emulator.log) {
		if (entry.fault === 'concurrency') {
			if (sinceRefusal > 16) cleanBefore.push(clean);
			clean = 0;
			sinceRefusal = 0;
		} else {
			clean += 1;
			sinceRefusal += 1;
		}
	}
	// The first count is the climb before the first burst; the others are the waits between
	// bursts: each the climb back from half (a few answers) and the wait at the ceiling, at
	// least 100 then 200 clean answers. On a loaded machine there may be fewer bursts or none:
	// a trial that went out while the server may have had fewer than the limit in flight (sent
	// long enough ago to be answered, the answer not yet read) proves nothing and goes again.
	expect(cleanBefore.length).toBeLessThanOrEqual(3);
	cleanBefore.slice(1).forEach((wait, index) => expect(wait).toBeGreaterThanOrEqual(100 * 2 ** index));
	const refused = emulator.log.filter((entry) => entry.fault === 'concurrency').length;
	expect(refused / emulator.log.length).toBeLessThanOrEqual(0.02);
});

it('never goes above Max Concurrent Requests (Auto), and ignores Max Concurrent Requests in Auto', async () => {
	emulator.configure({ tmapi: { concurrencyLimit: 0, latencyMs: 10 } });
	const result = await runTmapi(category({ concurrencyMode: 'auto', autoConcurrencyMax: 4, concurrency: 1 }), { credentials: credentials() });
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(2000);
	expect(emulator.peakInFlight.tmapi).toBe(4);
	// It starts with 3 in flight; page 1's clean answer makes it 4, the cap: pages 2–5 go
	// together and page 6 waits for one of their answers (10 ms each).
	const entry = (page: string) => emulator.log.find((logged) => logged.query.page === page)!;
	const together = ['2', '3', '4', '5'].map(entry);
	const firstAnswer = Math.min(...together.map((logged) => logged.endedAt));
	expect(Math.max(...together.map((logged) => logged.startedAt))).toBeLessThan(firstAnswer);
	expect(entry('6').startedAt).toBeGreaterThanOrEqual(firstAnswer);
});

it('spreads request starts over the round trip rather than sending them in bursts', async () => {
	emulator.configure({ categorySize: 400 });
	const result = await runTmapi(category({ concurrency: 4 }), { credentials: credentials() });
	expect(result.items).toHaveLength(400);
	// Page 1 gives the round trip (100 ms); then 4 in flight start about 12.5 ms apart (half
	// of 100 ms over 4), instead of 4 at once: each answer is read while others are on the way.
	// Sent in bursts, 3 gaps in 4 would be under 3 ms (14 of 18, measured with the spacing off);
	// a busy machine may still bunch some (here the emulator runs in the node's own process).
	const starts = emulator.log.slice(1).map((entry) => entry.startedAt);
	const gaps = starts.slice(1).map((start, index) => start - starts[index]);
	expect(gaps).toHaveLength(18);
	expect(gaps.filter((gap) => gap < 3).length).toBeLessThan(9);
	expect(starts[3] - starts[0]).toBeGreaterThanOrEqual(20);
	// Spread, yet 4 are out together.
	expect(emulator.peakInFlight.tmapi).toBe(4);
});

it('keeps a saved Max Concurrent Requests when Concurrency Mode is not set (Fixed)', async () => {
	emulator.configure({ tmapi: { concurrencyLimit: 0, latencyMs: 10 } });
	const result = await runTmapi(category({ concurrency: 5 }), { credentials: credentials() });
	expect(result.items).toHaveLength(2000);
	expect(emulator.peakInFlight.tmapi).toBe(5);
});

it.each([
	[{ concurrencyMode: 'fast' }, 'Concurrency Mode: "fast" is not valid — use one of "auto", "fixed"'],
	[{ concurrencyMode: 'auto', autoConcurrencyMax: 1 }, 'Max Concurrent Requests (Auto): 1 is not valid — use a whole number from 2 to 50'],
	[{ concurrencyMode: 'auto', autoConcurrencyMax: 51 }, 'Max Concurrent Requests (Auto): 51 is not valid'],
	[{ autoConcurrencyMax: 'many' }, 'Max Concurrent Requests (Auto): "many" is not valid'],
])('refuses bad run options %j before any request', async (options, message) => {
	const result = await runTmapi(category(options), { credentials: credentials() });
	expect(result.error?.name).toBe('NodeOperationError');
	expect(result.error?.message).toContain(message);
	expect(emulator.log).toHaveLength(0);
});
