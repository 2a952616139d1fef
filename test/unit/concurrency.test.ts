import { ConcurrencyLimiter, mapOrdered } from '../../nodes/shared/concurrency';
import { abortableSleep, RunCancelledError } from '../../nodes/shared/cancellation';

const tick = async (ms = 5) => await new Promise((resolve) => setTimeout(resolve, ms));

describe('ConcurrencyLimiter', () => {
	it('never has more tasks in flight than its limit', async () => {
		const limiter = new ConcurrencyLimiter(3);
		let running = 0;
		let highest = 0;
		await Promise.all(
			Array.from({ length: 12 }, async () =>
				await limiter.run(async () => {
					running++;
					highest = Math.max(highest, running);
					await tick();
					running--;
				}),
			),
		);
		expect(highest).toBe(3);
		expect(limiter.peak).toBe(3);
	});

	/** Holds `count` tasks in flight, calls `during` inside the last one, then lets all finish. */
	async function withInFlight(limiter: ConcurrencyLimiter, count: number, during: () => void) {
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const held = Array.from({ length: count - 1 }, async () => await limiter.run(async () => await gate));
		await tick();
		await limiter.run(async () => during());
		release();
		await Promise.all(held);
	}

	it('on overload halves its limit and learns a ceiling below what was in flight', async () => {
		const limiter = new ConcurrencyLimiter(8);
		await withInFlight(limiter, 5, () => limiter.reduce());
		// 5 were in flight when the server refused: the ceiling is 4, the limit half of 8.
		expect(limiter.limit).toBe(4);
		await withInFlight(limiter, 4, () => limiter.reduce());
		expect(limiter.limit).toBe(2);
	});

	it('climbs back gradually to the ceiling, then probes above it only after a long streak', async () => {
		const limiter = new ConcurrencyLimiter(10);
		await withInFlight(limiter, 5, () => limiter.reduce());
		expect(limiter.limit).toBe(4);
		await withInFlight(limiter, 2, () => limiter.reduce());
		// Ceiling 1 now: one at a time.
		expect(limiter.limit).toBe(1);
		for (let i = 0; i < 19; i++) limiter.recordSuccess();
		expect(limiter.limit).toBe(1);
		limiter.recordSuccess();
		expect(limiter.limit).toBe(2);
		for (let i = 0; i < 19; i++) limiter.recordSuccess();
		expect(limiter.limit).toBe(2);
		limiter.recordSuccess();
		expect(limiter.limit).toBe(3);
	});

	it('climbs one step per streak as long as the limit while below the ceiling', async () => {
		const limiter = new ConcurrencyLimiter(16);
		await withInFlight(limiter, 16, () => limiter.reduce());
		// Ceiling 15, limit 8; then with 8 in flight: ceiling 7, limit 4.
		expect(limiter.limit).toBe(8);
		await withInFlight(limiter, 8, () => limiter.reduce());
		expect(limiter.limit).toBe(4);
		for (let i = 0; i < 3; i++) limiter.recordSuccess();
		expect(limiter.limit).toBe(4);
		limiter.recordSuccess();
		expect(limiter.limit).toBe(5);
		for (let i = 0; i < 5 + 6; i++) limiter.recordSuccess();
		expect(limiter.limit).toBe(7);
		for (let i = 0; i < 19; i++) limiter.recordSuccess();
		expect(limiter.limit).toBe(7);
		for (let i = 0; i < 1000; i++) limiter.recordSuccess();
		expect(limiter.limit).toBe(16);
	});

	it('lets a lowered limit hold back waiting tasks', async () => {
		const limiter = new ConcurrencyLimiter(4);
		await withInFlight(limiter, 4, () => limiter.reduce());
		let running = 0;
		let highest = 0;
		await Promise.all(
			Array.from({ length: 8 }, async () =>
				await limiter.run(async () => {
					running++;
					highest = Math.max(highest, running);
					await tick();
					running--;
				}),
			),
		);
		expect(highest).toBe(2);
	});

	it('drops a waiting task when the execution is cancelled', async () => {
		const limiter = new ConcurrencyLimiter(1);
		const controller = new AbortController();
		const first = limiter.run(async () => await tick(30));
		const second = limiter.run(async () => 'ran', controller.signal);
		controller.abort();
		await expect(second).rejects.toBeInstanceOf(RunCancelledError);
		await first;
		expect(limiter.inFlight).toBe(0);
	});
});

describe('mapOrdered', () => {
	it('returns results in index order whatever order tasks finish in', async () => {
		const result = await mapOrdered(6, 3, async (i) => {
			await tick((6 - i) * 3);
			return i * 10;
		});
		expect(result).toEqual([0, 10, 20, 30, 40, 50]);
	});

	it('starts no new task after a failure and waits for the running ones', async () => {
		const started: number[] = [];
		const finished: number[] = [];
		const error = await mapOrdered(10, 2, async (i) => {
			started.push(i);
			await tick(i === 1 ? 1 : 20);
			if (i === 1) throw new Error('item 1 failed');
			finished.push(i);
			return i;
		}).catch((e: Error) => e);
		expect((error as Error).message).toBe('item 1 failed');
		expect(started).toEqual([0, 1]);
		expect(finished).toEqual([0]);
	});
});

describe('abortableSleep', () => {
	it('ends within a slice of a cancel', async () => {
		const controller = new AbortController();
		const started = Date.now();
		setTimeout(() => controller.abort(), 50);
		await expect(abortableSleep(10_000, controller.signal)).rejects.toBeInstanceOf(RunCancelledError);
		expect(Date.now() - started).toBeLessThan(1000);
	});
});
