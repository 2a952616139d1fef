import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Emulator, emulatorCredentials, type LogEntry } from '../../emulator';
import { runWorkflow } from '../harness/workflow';
import { jsonOf, shoplineWorkflow, tmapiWorkflow } from '../helpers/workflows';

/**
 * Return All through a server where 30% of responses fail in retryable ways must give the
 * exact catalog: nothing missing, nothing twice, and no page fetched again once it came
 * through. Fatal errors must stop the run at once.
 */

const FAULT_RATE = 0.3;
const emulator = new Emulator({ hangMs: 1500, storeSize: 5000 });
const figures: Record<string, unknown> = {};

beforeAll(async () => void (await emulator.start()));
afterAll(async () => {
	await emulator.stop();
	mkdirSync('.artifacts', { recursive: true });
	writeFileSync(join('.artifacts', 'resilience.json'), `${JSON.stringify(figures, null, 2)}\n`);
});
beforeEach(() => {
	emulator.reset();
	emulator.configure({ tmapi: { faults: { rate: 0, kinds: [] }, balanceExhausted: false }, shopline: { faults: { rate: 0, kinds: [] } } });
});

const retrying = { maxTries: 10, retryDelayMs: 5, timeoutSeconds: 1 };

/** Each page came through once, and was not asked for again after that. */
function expectEachPageOnce(log: LogEntry[]) {
	const okAt = new Map<string, number>();
	for (const entry of log) {
		if (!entry.pageKey) continue;
		if (entry.ok) {
			expect(okAt.has(entry.pageKey)).toBe(false);
			okAt.set(entry.pageKey, entry.endedAt);
		}
	}
	for (const entry of log) {
		if (!entry.pageKey) continue;
		const done = okAt.get(entry.pageKey);
		if (done !== undefined && !entry.ok) expect(entry.startedAt).toBeLessThan(done);
	}
	return okAt.size;
}

it('returns the exact 2,000-item TMAPI category through 30% failures', async () => {
	emulator.configure({
		tmapi: { codeIn: 'mixed', faults: { rate: FAULT_RATE, kinds: ['417', '499', '500', '503', 'reset', 'timeout'] } },
	});
	const started = Date.now();
	const result = await runWorkflow(
		tmapiWorkflow({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: { ...retrying, concurrency: 3 } }),
		{ credentials: emulatorCredentials(emulator) },
	);
	expect(result.error).toBeUndefined();
	const clean = new Emulator();
	await clean.start();
	const expected = await runWorkflow(tmapiWorkflow({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true }), {
		credentials: emulatorCredentials(clean),
	});
	await clean.stop();
	const ids = jsonOf(result).map((item) => item.item_id);
	expect(ids).toHaveLength(2000);
	expect(new Set(ids).size).toBe(2000);
	expect(ids).toEqual(jsonOf(expected).map((item) => item.item_id));
	const pages = expectEachPageOnce(emulator.log);
	expect(pages).toBe(100);
	const faults = emulator.log.filter((entry) => entry.fault);
	expect(faults.length).toBeGreaterThan(15);
	figures.tmapiCategory = {
		faultRate: FAULT_RATE,
		itemsExpected: 2000,
		itemsReturned: ids.length,
		requestsMinimum: 100,
		requestsMade: emulator.log.length,
		faultsMet: faults.length,
		faultKinds: Object.fromEntries(['417', '499', '500', '503', 'reset', 'timeout'].map((kind) => [kind, faults.filter((f) => f.fault === kind).length])),
		seconds: (Date.now() - started) / 1000,
	};
});

it('returns the exact 5,000-product SHOPLINE store through 30% failures', async () => {
	emulator.configure({ shopline: { faults: { rate: FAULT_RATE, kinds: ['429', '500', '503', '504', 'reset', 'timeout'] } } });
	const started = Date.now();
	const result = await runWorkflow(shoplineWorkflow({ resource: 'product', operation: 'getAll', returnAll: true, options: retrying }), {
		credentials: emulatorCredentials(emulator),
	});
	expect(result.error).toBeUndefined();
	const ids = jsonOf(result).map((product) => product.id);
	expect(ids).toHaveLength(5000);
	expect(new Set(ids).size).toBe(5000);
	expect(ids).toEqual(emulator.store.list({}).map((product) => product.id));
	expect(expectEachPageOnce(emulator.log)).toBe(20);
	expect(emulator.log.every((entry) => !entry.filtersWithPageInfo)).toBe(true);
	const faults = emulator.log.filter((entry) => entry.fault);
	figures.shoplineStore = {
		faultRate: FAULT_RATE,
		itemsExpected: 5000,
		itemsReturned: ids.length,
		requestsMinimum: 20,
		requestsMade: emulator.log.length,
		faultsMet: faults.length,
		seconds: (Date.now() - started) / 1000,
	};
});

it('stops at once on an exhausted TMAPI balance (439)', async () => {
	emulator.configure({ tmapi: { balanceExhausted: true } });
	const result = await runWorkflow(tmapiWorkflow({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: retrying }), {
		credentials: emulatorCredentials(emulator),
	});
	expect(result.error?.message).toBe('TMAPI subscription expired or balance too low (code 439)');
	expect(emulator.log).toHaveLength(1);
});

it('stops at once on a rejected SHOPLINE token (401)', async () => {
	const credentials = emulatorCredentials(emulator);
	const result = await runWorkflow(shoplineWorkflow({ resource: 'product', operation: 'getAll', returnAll: true, options: retrying }), {
		credentials: { shoplineApi: { ...credentials.shoplineApi, accessToken: 'revoked-token' } },
	});
	expect(result.error?.message).toContain('failed with HTTP 401');
	expect(result.error?.description).toContain('access token is missing, invalid or expired');
	expect(emulator.log).toHaveLength(1);
});
