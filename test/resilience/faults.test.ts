import { Emulator, emulatorCredentials, type LogEntry, type ShoplineFault, type TmapiFault } from '../../emulator';
import { categoryProducts, sortProducts } from '../../emulator/tmapiCatalog';
import { runShopline, runTmapi } from '../helpers/run';
import { jsonOf } from '../helpers/workflows';

/**
 * Return All through a server where 30% of responses fail in retryable ways must give the
 * exact catalog: nothing missing, nothing twice, and no page fetched again once it came
 * through. Fatal errors must stop the run at once.
 *
 * What matters is the number of requests and how they fail, not the size of each answer:
 * the TMAPI category is read as 100 pages of 1 product, the SHOPLINE store as 20 pages of 25.
 */

const FAULT_RATE = 0.3;
// A "timeout" fault holds the request longer than the client's Timeout (1 s), then drops it.
const emulator = new Emulator({ hangMs: 1500, categorySize: 100, storeSize: 500 });

beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.reset();
	emulator.configure({ tmapi: { faults: { rate: 0, kinds: [] }, balanceExhausted: false }, shopline: { faults: { rate: 0, kinds: [] } } });
});

// Answers come at once (no latency) and each page is small: the 1 s timeout is many times what
// a healthy request takes even on a busy machine. An answer the client reads only after its
// timeout fired (a stall longer than that) is sent again, which the page count below allows
// twice (see expectEachPageOnce). SHOPLINE's
// pacing at its fastest, so that the injected 429s (each halves the pace) do not slow the run
// to a crawl: the store's bucket of 40 is never reached by these 30-odd requests.
const retrying = { maxTries: 10, retryDelayMs: 5, timeoutSeconds: 1 };
const shoplineRetrying = { ...retrying, pageSize: 25, requestsPerSecond: 40 };

/**
 * Each page came through once, and was not asked for again after that. One race is not the
 * node's doing: an answer the server sends just as the client's timeout fires is logged as
 * sent but never read (timers run before I/O), so the client asks for that page again; at
 * most 2 such repeats per run. Returns the pages and those repeats.
 */
function expectEachPageOnce(log: LogEntry[]): { pages: number; lost: number } {
	const okAt = new Map<string, LogEntry>();
	let lost = 0;
	for (const entry of log) {
		if (!entry.pageKey || !entry.ok) continue;
		if (okAt.has(entry.pageKey)) lost += 1;
		okAt.set(entry.pageKey, entry);
	}
	expect(lost).toBeLessThanOrEqual(2);
	for (const entry of log) {
		if (!entry.pageKey || entry.ok) continue;
		const done = okAt.get(entry.pageKey);
		if (done !== undefined) expect(entry.startedAt).toBeLessThan(done.endedAt);
	}
	return { pages: okAt.size, lost };
}

/**
 * The run's figures: each request either brought a page not read before or met one of the
 * injected faults, and about FAULT_RATE of them failed. Returns the injected faults met, by kind.
 */
function expectFaultsMet({ pages, lost }: { pages: number; lost: number }, kinds: string[]): string[] {
	const faults = emulator.log.flatMap((entry) => (entry.fault ? [entry.fault] : []));
	expect(emulator.log).toHaveLength(pages + lost + faults.length);
	// 'client-gone': the client's own timeout fired before a slow (loaded machine) answer.
	expect(faults.filter((fault) => !kinds.includes(fault) && fault !== 'client-gone')).toEqual([]);
	expect(faults.length / emulator.log.length).toBeGreaterThan(FAULT_RATE / 2);
	expect(faults.length / emulator.log.length).toBeLessThan(FAULT_RATE * 1.5);
	return faults.filter((fault) => fault !== 'client-gone');
}

const TMAPI_KINDS: TmapiFault[] = ['417', '499', '500', '503', 'reset', 'timeout'];
const SHOPLINE_KINDS: ShoplineFault[] = ['429', '500', '503', '504', 'reset', 'timeout'];

it('returns the exact TMAPI category (100 pages) through 30% failures', async () => {
	emulator.configure({
		tmapi: { codeIn: 'mixed', faults: { rate: FAULT_RATE, kinds: TMAPI_KINDS } },
	});
	const result = await runTmapi(
		{ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: { ...retrying, concurrency: 3, pageSize: 1 } },
		{ credentials: emulatorCredentials(emulator) },
	);
	expect(result.error).toBeUndefined();
	const ids = jsonOf(result).map((item) => String(item.item_id));
	expect(ids).toHaveLength(100);
	expect(new Set(ids).size).toBe(100);
	expect(ids).toEqual(sortProducts(categoryProducts(1031922, 100), 'default').map((product) => String(product.itemId)));
	const pages = expectEachPageOnce(emulator.log);
	expect(pages.pages).toBe(100);
	const faults = expectFaultsMet(pages, TMAPI_KINDS);
	expect(faults.length).toBeGreaterThan(15);
	expect(new Set(faults)).toEqual(new Set(TMAPI_KINDS));
});

it('returns the exact SHOPLINE store (20 pages) through 30% failures', async () => {
	emulator.configure({ shopline: { faults: { rate: FAULT_RATE, kinds: SHOPLINE_KINDS } } });
	const result = await runShopline({ operation: 'getAll', returnAll: true, options: shoplineRetrying }, {
		credentials: emulatorCredentials(emulator),
	});
	expect(result.error).toBeUndefined();
	const ids = jsonOf(result).map((product) => product.id);
	expect(ids).toHaveLength(500);
	expect(new Set(ids).size).toBe(500);
	expect(ids).toEqual(emulator.store.list({}).map((product) => product.id));
	const pages = expectEachPageOnce(emulator.log);
	expect(pages.pages).toBe(20);
	expect(emulator.log.filter((entry) => entry.filtersWithPageInfo)).toEqual([]);
	expectFaultsMet(pages, SHOPLINE_KINDS);
});

it('stops at once on an exhausted TMAPI balance (439)', async () => {
	emulator.configure({ tmapi: { balanceExhausted: true } });
	const result = await runTmapi({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: retrying }, {
		credentials: emulatorCredentials(emulator),
	});
	expect(result.error?.message).toBe('TMAPI subscription expired or balance too low (code 439)');
	expect(emulator.log).toHaveLength(1);
});

it('stops at once on a rejected SHOPLINE token (401)', async () => {
	const credentials = emulatorCredentials(emulator);
	const result = await runShopline({ operation: 'getAll', returnAll: true, options: shoplineRetrying }, {
		credentials: { shoplineApi: { ...credentials.shoplineApi, accessToken: 'revoked-token' } },
	});
	expect(result.error?.message).toContain('failed with HTTP 401');
	expect(result.error?.description).toContain('access token is missing, invalid or expired');
	expect(emulator.log).toHaveLength(1);
});
