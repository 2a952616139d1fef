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
	// Refusals come in bursts (a level refused, and what was sent before that came back);
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
	// The first count is the climb before the first burst; the others are the waits between bursts.
	const waits = cleanBefore.slice(1);
	expect(waits.length).toBeGreaterThanOrEqual(1);
	expect(Math.min(...waits)).toBeGreaterThanOrEqual(95);
	if (waits.length > 1) expect(waits[1]).toBeGreaterThanOrEqual(1.8 * waits[0]);
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
