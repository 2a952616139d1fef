import { Emulator, emulatorCredentials } from '../../emulator';
import { productId } from '../../emulator/shoplineStore';
import { LeakyBucketPacer } from '../../nodes/shared/flow/pacer';
import { liveLogs, type RunResult } from '../harness/workflow';
import { runShopline, runTmapi } from '../helpers/run';

/**
 * A user stopping the execution stops a long Return All whatever the node is waiting for: an
 * answer, a retry backoff or the rate-limit pacer. No request starts after the stop.
 *
 * Each run is stopped at an event it shows (a request at the server, the retry log line, the
 * pacer holding a request back), and what it waits for then would take minutes or hours: the
 * run can only end because the stop interrupted that wait. How soon a wait notices a stop (one
 * slice of `abortableSleep`) is shown on a fake clock in test/unit/concurrency.test.ts; a busy
 * machine only delays both here.
 */

const HOUR = 3_600_000;
const emulator = new Emulator({ hangMs: HOUR });

beforeAll(async () => await emulator.start());
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.reset();
	emulator.configure({ tmapi: { latencyMs: 0, faults: { rate: 0, kinds: [] } }, shopline: { latencyMs: 0, faults: { rate: 0, kinds: [] } } });
});
afterEach(() => jest.restoreAllMocks());

/** Long enough that only a stop ends a run waiting for it within the test's time. */
const patient = { timeoutSeconds: 600, maxRetryWaitSeconds: 3600 };

/** Stops the run once `event` happened, and remembers how many requests the server had then. */
function stopWhen(event: () => boolean) {
	let requestsAtStop: number | undefined;
	return {
		cancelWhen: () => {
			if (!event()) return false;
			requestsAtStop = emulator.log.length;
			return true;
		},
		requestsAtStop: () => requestsAtStop,
	};
}

function expectStopped(result: RunResult, stop: ReturnType<typeof stopWhen>) {
	expect(result.cancelled).toBe(true);
	expect(result.run.status).toBe('canceled');
	// Nothing was sent after the stop.
	expect(emulator.log).toHaveLength(stop.requestsAtStop()!);
}

it('stops a Return All waiting for slow pages', async () => {
	// Each answer takes an hour: the first page is at the server when the run is stopped.
	emulator.configure({ tmapi: { latencyMs: HOUR } });
	const stop = stopWhen(() => emulator.log.length >= 1);
	const result = await runTmapi(
		{ resource: 'category', operation: 'getItemsV1', categoryId: '5', returnAll: true, options: { ...patient, maxPages: 500 } },
		{ credentials: emulatorCredentials(emulator), cancelWhen: stop.cancelWhen },
	);
	expectStopped(result, stop);
	expect(emulator.log).toHaveLength(1);
	expect(emulator.log[0].ok).toBe(false);
});

it('stops a request that hangs', async () => {
	emulator.configure({ tmapi: { faults: { rate: 1, kinds: ['timeout'] } } });
	const stop = stopWhen(() => emulator.log.length >= 1);
	const result = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: '610000000001', options: patient }, {
		credentials: emulatorCredentials(emulator),
		cancelWhen: stop.cancelWhen,
	});
	expectStopped(result, stop);
	expect(emulator.log).toHaveLength(1);
});

it('stops during a retry backoff', async () => {
	emulator.configure({ tmapi: { faults: { rate: 1, kinds: ['503'] } } });
	// The node logs the retry just before it waits 30 to 60 s (Retry Delay 60 s, with jitter).
	const stop = stopWhen(() => liveLogs().some((line) => line.message.includes('will be retried')));
	const result = await runTmapi(
		{ resource: 'item', operation: 'getDetail', productUrl: '610000000001', options: { ...patient, retryDelayMs: 60_000, maxTries: 5 } },
		{ credentials: emulatorCredentials(emulator), cancelWhen: stop.cancelWhen },
	);
	expectStopped(result, stop);
	expect(emulator.log).toHaveLength(1);
});

it('stops while the rate-limit pacer holds SHOPLINE requests back', async () => {
	// Burst 1 at 0.1 requests per second, 20 items side by side: the first request goes at
	// once, the others are held 10, 20 … 190 s. Stopped once the first is at the server.
	let held = false;
	const reserve = LeakyBucketPacer.prototype.reserve;
	jest.spyOn(LeakyBucketPacer.prototype, 'reserve').mockImplementation(function (this: LeakyBucketPacer) {
		const waitMs = reserve.call(this);
		if (waitMs > 0) held = true;
		return waitMs;
	});
	const stop = stopWhen(() => held && emulator.log.length >= 1);
	const result = await runShopline(
		{ operation: 'get', productId: '={{ $json.id }}', options: { ...patient, concurrency: 20, burst: 1, requestsPerSecond: 0.1 } },
		{ credentials: emulatorCredentials(emulator), cancelWhen: stop.cancelWhen, input: Array.from({ length: 20 }, (_, n) => ({ id: productId(n + 1) })) },
	);
	expectStopped(result, stop);
	expect(emulator.log).toHaveLength(1);
});
