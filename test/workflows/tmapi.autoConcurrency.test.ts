import { Emulator, emulatorCredentials } from '../../emulator';
import { categoryProducts, sortProducts } from '../../emulator/tmapiCatalog';
import { runTmapi } from '../helpers/run';
import { jsonOf } from '../helpers/workflows';

/** Concurrency Mode Auto against an account that allows 8 TMAPI requests at once. */

const emulator = new Emulator({ categorySize: 2000 });
beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.reset();
	emulator.configure({ tmapi: { latencyMs: 30, concurrencyLimit: 8, maxPageSize: 20, faults: { rate: 0, kinds: [] } } });
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

it('never goes above Max Concurrent Requests (Auto), and ignores Max Concurrent Requests in Auto', async () => {
	emulator.configure({ tmapi: { concurrencyLimit: 0, latencyMs: 10 } });
	const result = await runTmapi(category({ concurrencyMode: 'auto', autoConcurrencyMax: 4, concurrency: 1 }), { credentials: credentials() });
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(2000);
	expect(emulator.peakInFlight.tmapi).toBe(4);
	// It starts with 2 in flight; page 1's clean answer makes it 3: pages 2–4 go together and
	// page 5 waits for one of their answers (10 ms each).
	const started = (page: string) => emulator.log.find((entry) => entry.query.page === page)!.startedAt;
	expect(started('5') - Math.min(started('2'), started('3'), started('4'))).toBeGreaterThanOrEqual(9);
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
