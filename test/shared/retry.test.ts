import { backoffDelay, parseRetryAfter, withRetry, type AttemptResult, type RetryPolicy } from '../../nodes/shared/http/retry';
import { RunCancelledError } from '../../nodes/shared/flow/cancellation';

const policy: RetryPolicy = { maxTries: 4, initialDelayMs: 100, maxDelayMs: 1000, maxTotalWaitMs: 10_000 };

describe('parseRetryAfter', () => {
	const now = Date.parse('2026-11-22T10:00:00Z');
	it.each([
		['2', 2000],
		['0', 0],
		['1.5', 1500],
		[' 3 ', 3000],
		[7, 7000],
		[['4'], 4000],
		['Sun, 22 Nov 2026 10:00:05 GMT', 5000],
		['Sun, 22 Nov 2026 09:59:00 GMT', 0],
	])('reads %j as %i ms', (value, expected) => {
		expect(parseRetryAfter(value, now)).toBe(expected);
	});

	it.each([undefined, '', 'soon', null, {}])('ignores %j', (value) => {
		expect(parseRetryAfter(value, now)).toBeUndefined();
	});
});

describe('backoffDelay', () => {
	it('doubles from the initial delay and stays within [half, full] of it', () => {
		expect(backoffDelay(1, policy, () => 0)).toBe(50);
		expect(backoffDelay(1, policy, () => 1)).toBe(100);
		expect(backoffDelay(2, policy, () => 1)).toBe(200);
		expect(backoffDelay(3, policy, () => 0.5)).toBe(300);
	});

	it('never exceeds the maximum delay', () => {
		expect(backoffDelay(20, policy, () => 1)).toBe(1000);
	});
});

describe('withRetry', () => {
	const failing = (retryable: boolean, retryAfterMs?: number): AttemptResult<string> => ({
		ok: false,
		retryable,
		retryAfterMs,
		error: new Error(retryable ? 'temporary' : 'fatal'),
	});

	function recorder() {
		const waits: number[] = [];
		return { waits, sleep: async (ms: number) => void waits.push(ms) };
	}

	it('retries temporary failures and returns the first success', async () => {
		const { waits, sleep } = recorder();
		const outcomes = [failing(true), failing(true), { ok: true as const, value: 'done' }];
		const attempt = jest.fn(async () => outcomes.shift()!);
		await expect(withRetry(attempt, policy, { sleep, random: () => 1 })).resolves.toBe('done');
		expect(attempt).toHaveBeenCalledTimes(3);
		expect(waits).toEqual([100, 200]);
	});

	it('does not retry a permanent failure', async () => {
		const { waits, sleep } = recorder();
		const attempt = jest.fn(async () => failing(false));
		await expect(withRetry(attempt, policy, { sleep })).rejects.toThrow('fatal');
		expect(attempt).toHaveBeenCalledTimes(1);
		expect(waits).toEqual([]);
	});

	it('gives up after Max Tries and says so', async () => {
		const { sleep } = recorder();
		const attempt = jest.fn(async () => failing(true));
		const error = await withRetry(attempt, policy, { sleep }).catch((e: Error & { description?: string }) => e);
		if (typeof error === 'string') throw new Error('expected an error');
		expect(attempt).toHaveBeenCalledTimes(4);
		expect(error.description).toContain('Gave up after 4 tries');
	});

	it('waits what Retry-After says, in milliseconds', async () => {
		const { waits, sleep } = recorder();
		const outcomes = [failing(true, 2000), { ok: true as const, value: 'ok' }];
		await withRetry(async () => outcomes.shift()!, policy, { sleep });
		expect(waits).toEqual([2000]);
	});

	it('stops when the total wait would pass Max Retry Wait', async () => {
		const { waits, sleep } = recorder();
		const tight = { ...policy, maxTotalWaitMs: 250 };
		const attempt = jest.fn(async () => failing(true));
		const error = await withRetry(attempt, tight, { sleep, random: () => 1 }).catch((e: Error & { description?: string }) => e);
		if (typeof error === 'string') throw new Error('expected an error');
		expect(waits).toEqual([100]);
		expect(attempt).toHaveBeenCalledTimes(2);
		expect(error.description).toContain('Max Retry Wait');
	});

	it('refuses a Retry-After longer than the wait allowed', async () => {
		const { waits, sleep } = recorder();
		const attempt = jest.fn(async () => failing(true, 60_000));
		const error = await withRetry(attempt, policy, { sleep }).catch((e: Error & { description?: string }) => e);
		if (typeof error === 'string') throw new Error('expected an error');
		expect(waits).toEqual([]);
		expect(error.description).toContain('asked to wait 60.0 s');
	});

	it('stops at once when the execution is cancelled', async () => {
		const controller = new AbortController();
		const attempt = jest.fn(async () => {
			controller.abort();
			return failing(true);
		});
		await expect(withRetry(attempt, policy, { signal: controller.signal })).rejects.toBeInstanceOf(RunCancelledError);
		expect(attempt).toHaveBeenCalledTimes(1);
	});
});
