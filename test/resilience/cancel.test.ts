import { Emulator, emulatorCredentials } from '../../emulator';
import type { RunResult } from '../harness/workflow';
import { runShopline, runTmapi } from '../helpers/run';

/**
 * A user stopping the execution stops a long Return All within a second, whatever the
 * node is waiting for: an answer, a retry backoff or the rate-limit pacer. No request
 * starts after the stop.
 */

const emulator = new Emulator({ hangMs: 30_000 });

beforeAll(async () => {
	await emulator.start();
	// One unmeasured run of each node first: loading and compiling the modules is not the stop.
	await runTmapi({ resource: 'category', operation: 'getItemsV1', categoryId: '5', limit: 1 }, { credentials: emulatorCredentials(emulator) });
	await runShopline({ operation: 'getAll', limit: 1 }, { credentials: emulatorCredentials(emulator) });
});
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.reset();
	emulator.configure({ tmapi: { latencyMs: 0, faults: { rate: 0, kinds: [] } }, shopline: { latencyMs: 0, faults: { rate: 0, kinds: [] } } });
});

function expectPromptStop(result: RunResult, cancelAt: number) {
	expect(result.run.status).toBe('canceled');
	expect(result.stoppedAfterCancelMs).toBeDefined();
	expect(result.stoppedAfterCancelMs!).toBeLessThan(1000);
	expect(emulator.log.filter((entry) => entry.startedAt > cancelAt + 50)).toEqual([]);
}

it('stops a Return All waiting for slow pages', async () => {
	emulator.configure({ tmapi: { latencyMs: 400 } });
	const started = Date.now();
	const result = await runTmapi(
		{ resource: 'category', operation: 'getItemsV1', categoryId: '5', returnAll: true, options: { maxPages: 500 } },
		{ credentials: emulatorCredentials(emulator), cancelAfterMs: 1000 },
	);
	expectPromptStop(result, started + 1000);
	expect(emulator.log.length).toBeLessThan(5);
});

it('stops a request that hangs', async () => {
	emulator.configure({ tmapi: { faults: { rate: 1, kinds: ['timeout'] } } });
	const started = Date.now();
	const result = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: '610000000001' }, {
		credentials: emulatorCredentials(emulator),
		cancelAfterMs: 500,
	});
	expectPromptStop(result, started + 500);
});

it('stops during a retry backoff', async () => {
	emulator.configure({ tmapi: { faults: { rate: 1, kinds: ['503'] } } });
	const started = Date.now();
	const result = await runTmapi(
		{ resource: 'item', operation: 'getDetail', productUrl: '610000000001', options: { retryDelayMs: 20_000, maxTries: 5 } },
		{ credentials: emulatorCredentials(emulator), cancelAfterMs: 500 },
	);
	expectPromptStop(result, started + 500);
	expect(emulator.log).toHaveLength(1);
});

it('stops while the rate-limit pacer holds a SHOPLINE request back', async () => {
	const started = Date.now();
	const result = await runShopline(
		{ operation: 'getAll', returnAll: true, options: { pageSize: 10, burst: 2, requestsPerSecond: 0.1 } },
		{ credentials: emulatorCredentials(emulator), cancelAfterMs: 500 },
	);
	expectPromptStop(result, started + 500);
	expect(emulator.log).toHaveLength(1);
});
