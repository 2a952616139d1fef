import { Emulator, emulatorCredentials, type LogEntry, type ShoplineFault, type TmapiFault } from '../../emulator';
import { runShopline, runTmapi } from '../helpers/run';
import { jsonOf } from '../helpers/workflows';

/**
 * Return All through a server where 30% of responses fail in retryable ways must give the
 * exact catalog: nothing missing, nothing twice, and no page fetched again once it came
 * through. Fatal errors must stop the run at once.
 */

const FAULT_RATE = 0.3;
const emulator = new Emulator({ hangMs: 3500, storeSize: 5000 });

beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.reset();
	emulator.configure({ tmapi: { faults: { rate: 0, kinds: [] }, balanceExhausted: false }, shopline: { faults: { rate: 0, kinds: [] } } });
});

// A timeout well above any event-loop stall of a loaded machine: an answer the client reads
// after its timeout fired is sent again, which the page count below would see.
const retrying = { maxTries: 10, retryDelayMs: 5, timeoutSeconds: 3 };

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

it('returns the exact 2,000-item TMAPI category through 30% failures', async () => {
	emulator.configure({
		tmapi: { codeIn: 'mixed', faults: { rate: FAULT_RATE, kinds: TMAPI_KINDS } },
	});
	const result = await runTmapi(
		{ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: { ...retrying, concurrency: 3 } },
		{ credentials: emulatorCredentials(emulator) },
	);
	expect(result.error).toBeUndefined();
	const clean = new Emulator();
	await clean.start();
	const expected = await runTmapi({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true }, {
		credentials: emulatorCredentials(clean),
	});
	await clean.stop();
	const ids = jsonOf(result).map((item) => item.item_id);
	expect(ids).toHaveLength(2000);
	expect(new Set(ids).size).toBe(2000);
	expect(ids).toEqual(jsonOf(expected).map((item) => item.item_id));
	const pages = expectEachPageOnce(emulator.log);
	expect(pages.pages).toBe(100);
	const faults = expectFaultsMet(pages, TMAPI_KINDS);
	expect(faults.length).toBeGreaterThan(15);
	expect(new Set(faults)).toEqual(new Set(TMAPI_KINDS));
});

it('returns the exact 5,000-product SHOPLINE store through 30% failures', async () => {
	emulator.configure({ shopline: { faults: { rate: FAULT_RATE, kinds: SHOPLINE_KINDS } } });
	const result = await runShopline({ operation: 'getAll', returnAll: true, options: retrying }, {
		credentials: emulatorCredentials(emulator),
	});
	expect(result.error).toBeUndefined();
	const ids = jsonOf(result).map((product) => product.id);
	expect(ids).toHaveLength(5000);
	expect(new Set(ids).size).toBe(5000);
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
	const result = await runShopline({ operation: 'getAll', returnAll: true, options: retrying }, {
		credentials: { shoplineApi: { ...credentials.shoplineApi, accessToken: 'revoked-token' } },
	});
	expect(result.error?.message).toContain('failed with HTTP 401');
	expect(result.error?.description).toContain('access token is missing, invalid or expired');
	expect(emulator.log).toHaveLength(1);
});
