/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code run by jest: never part of a published package */
import { ConcurrencyLimiter } from '../../nodes/shared/flow/limiter';
import { mapOrdered } from '../../nodes/shared/flow/ordered';
import { abortableSleep, RunCancelledError } from '../../nodes/shared/flow/cancellation';

/**
 * Lets every task that can start, start: the limiter hands out places through promises only,
 * so once the microtasks queued now have run, all that could go has gone. No timer: the
 * outcome does not depend on how fast the machine is.
 */
const settle = async () => await new Promise((resolve) => setImmediate(resolve));

/** A promise the test resolves when it chooses. */
function gate() {
	let open!: () => void;
	const shut = new Promise<void>((resolve) => (open = resolve));
	return { shut, open };
}

describe('ConcurrencyLimiter', () => {
	/** Runs `count` tasks through the limiter, each running until the next turn of the event loop; returns the most that ran at once. */
	async function peakRunning(limiter: ConcurrencyLimiter, count: number): Promise<number> {
		let running = 0;
		let highest = 0;
		await Promise.all(
			Array.from({ length: count }, async () =>
				await limiter.run(async () => {
					running++;
					highest = Math.max(highest, running);
					await settle();
					running--;
				}),
			),
		);
		return highest;
	}

	/** Holds `count` tasks in flight, reports an overload inside the last one, lets all finish; returns the new limit. */
	async function limitAfterOverload(limiter: ConcurrencyLimiter, count: number): Promise<number> {
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const held = Array.from({ length: count - 1 }, async () => await limiter.run(async () => await gate));
		await settle();
		await limiter.run(async (ticket) => limiter.reduce(ticket));
		release();
		await Promise.all(held);
		return limiter.limit;
	}

	/** Records `count` successes; returns the limit after them. */
	function limitAfterSuccesses(limiter: ConcurrencyLimiter, count: number): number {
		for (let i = 0; i < count; i++) limiter.recordSuccess();
		return limiter.limit;
	}

	/**
	 * Holds the limit's worth of requests out (sent at 0 ms on the limiter's clock), then asks
	 * for one more: it goes at once only as a trial, sent at `trialAt` ms; `sendWith` of the
	 * others are sent (the rest hold a place but are not out yet). Every answer takes 100 ms and
	 * the trial's is clean. Returns whether it went at once as a trial, and the limit after.
	 */
	async function tryOneMore(limiter: ConcurrencyLimiter, sendWith = limiter.limit, trialAt = 10): Promise<{ trial: boolean; limit: number }> {
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const held = Array.from({ length: limiter.limit }, async (_, index) =>
			await limiter.run(async (ticket) => {
				if (index < sendWith) limiter.sending(ticket, 0);
				await gate;
				if (index < sendWith) limiter.answered(ticket);
			}),
		);
		await settle();
		let trial = false;
		let started = false;
		const extra = limiter.run(async (ticket) => {
			started = true;
			trial = ticket.trial === true;
			limiter.sending(ticket, trialAt);
			limiter.answered(ticket);
			limiter.recordSuccess(ticket, trialAt + 100);
		});
		await settle();
		const atOnce = started;
		release();
		await Promise.all([...held, extra]);
		return { trial: atOnce && trial, limit: limiter.limit };
	}

	it('never has more tasks in flight than its limit', async () => {
		const limiter = new ConcurrencyLimiter(3);
		expect(await peakRunning(limiter, 12)).toBe(3);
		expect(limiter.peak).toBe(3);
	});

	it('on overload halves its limit and learns a ceiling below what was in flight', async () => {
		const limiter = new ConcurrencyLimiter(8);
		// 5 were in flight when the server refused: the ceiling is 4, the limit half of 8.
		expect(await limitAfterOverload(limiter, 5)).toBe(4);
		expect(await limitAfterOverload(limiter, 4)).toBe(2);
	});

	it('climbs back gradually to the ceiling, then probes above it only after a long streak, longer after each refusal', async () => {
		const limiter = new ConcurrencyLimiter(10);
		expect(await limitAfterOverload(limiter, 5)).toBe(4);
		// Ceiling 1 now: one at a time.
		expect(await limitAfterOverload(limiter, 2)).toBe(1);
		// Two refusals: the first probe waits 200 clean answers (50, doubled twice); once the
		// probe has held that long, the next one waits 50.
		expect(limitAfterSuccesses(limiter, 199)).toBe(1);
		expect(await tryOneMore(limiter)).toEqual({ trial: false, limit: 1 });
		expect(limitAfterSuccesses(limiter, 1)).toBe(1);
		expect(await tryOneMore(limiter)).toEqual({ trial: true, limit: 2 });
		expect(limitAfterSuccesses(limiter, 200)).toBe(2);
		expect(await tryOneMore(limiter)).toEqual({ trial: true, limit: 3 });
		expect(limitAfterSuccesses(limiter, 49)).toBe(3);
		expect(await tryOneMore(limiter)).toEqual({ trial: false, limit: 3 });
		expect(limitAfterSuccesses(limiter, 1)).toBe(3);
		expect(await tryOneMore(limiter)).toEqual({ trial: true, limit: 4 });
	});

	it('takes a trial that went out with fewer than the limit of others out for no proof, and tries again', async () => {
		const limiter = new ConcurrencyLimiter(16, 8);
		limitAfterSuccesses(limiter, 8);
		// One of the 8 holds its place but has not gone out yet: the server saw 8, not 9.
		expect(await tryOneMore(limiter, 7)).toEqual({ trial: true, limit: 8 });
		// All 8 out, but sent 96 ms before the trial while answers take 100 ms: they may be
		// answered already, their answers unread.
		expect(await tryOneMore(limiter, 8, 96)).toEqual({ trial: true, limit: 8 });
		expect(await tryOneMore(limiter, 8, 90)).toEqual({ trial: true, limit: 9 });
	});

	it('while a trial is out, keeps the others one below the limit', async () => {
		const limiter = new ConcurrencyLimiter(16, 8);
		limitAfterSuccesses(limiter, 8);
		const gates = Array.from({ length: 9 }, () => {
			let open!: () => void;
			const gate = new Promise<void>((resolve) => (open = resolve));
			return { gate, open };
		});
		const tickets: Array<{ trial?: boolean }> = [];
		const out = gates.map(async ({ gate }) => await limiter.run(async (ticket) => {
			tickets.push(ticket);
			limiter.sending(ticket);
			await gate;
			limiter.answered(ticket);
		}));
		await settle();
		expect([limiter.inFlight, tickets.filter((ticket) => ticket.trial).length]).toEqual([9, 1]);
		let started = 0;
		let finish!: () => void;
		const end = new Promise<void>((resolve) => (finish = resolve));
		const waiting = Array.from({ length: 2 }, async () =>
			await limiter.run(async () => {
				started += 1;
				await end;
			}),
		);
		// The trial (the ninth) is refused and holds its place at the server until it answers:
		// an answer to one of the eight lets nothing new out, a second one lets one out.
		gates[0].open();
		await settle();
		expect(started).toBe(0);
		gates[1].open();
		await settle();
		expect(started).toBe(1);
		gates.forEach(({ open }) => open());
		finish();
		await Promise.all([...out, ...waiting]);
		expect(started).toBe(2);
	});

	it('climbs back by one per clean answer while below the ceiling', async () => {
		const limiter = new ConcurrencyLimiter(16);
		// Ceiling 15, limit 8; then with 8 in flight: ceiling 7, limit 4.
		expect(await limitAfterOverload(limiter, 16)).toBe(8);
		expect(await limitAfterOverload(limiter, 8)).toBe(4);
		// After 1, 1, 1, 1, 198 and 1 more successes (the probe above 7 waits 200):
		expect([1, 1, 1, 1, 198, 1].map((count) => limitAfterSuccesses(limiter, count))).toEqual([5, 6, 7, 7, 7, 7]);
		expect(await tryOneMore(limiter)).toEqual({ trial: true, limit: 8 });
	});

	it('halves once for refusals of requests sent before that decrease', async () => {
		const limiter = new ConcurrencyLimiter(8);
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		// Eight sent at once, all refused: the first refusal halves the limit, the other seven were answered by it.
		const refused = Array.from({ length: 8 }, async () =>
			await limiter.run(async (ticket) => {
				await gate;
				limiter.reduce(ticket);
			}),
		);
		await settle();
		release();
		await Promise.all(refused);
		expect(limiter.limit).toBe(4);
		// A refusal of a request sent after it halves again.
		expect(await limitAfterOverload(limiter, 4)).toBe(2);
	});

	it('lets a lowered limit hold back waiting tasks', async () => {
		const limiter = new ConcurrencyLimiter(4);
		expect(await limitAfterOverload(limiter, 4)).toBe(2);
		expect(await peakRunning(limiter, 8)).toBe(2);
	});

	it('drops a waiting task when the execution is cancelled', async () => {
		const limiter = new ConcurrencyLimiter(1);
		const controller = new AbortController();
		const busy = gate();
		const first = limiter.run(async () => await busy.shut);
		const second = limiter.run(async () => 'ran', controller.signal);
		controller.abort();
		await expect(second).rejects.toBeInstanceOf(RunCancelledError);
		busy.open();
		await first;
		expect(limiter.inFlight).toBe(0);
	});
});

describe('mapOrdered', () => {
	it('returns results in index order whatever order tasks finish in', async () => {
		const gates = Array.from({ length: 6 }, gate);
		const started: number[] = [];
		const finished: number[] = [];
		const run = mapOrdered(6, 3, async (i) => {
			started.push(i);
			await gates[i].shut;
			finished.push(i);
			return i * 10;
		});
		// Each time, the last task started is the first to finish.
		for (let done = 0; done < 6; done++) {
			await settle();
			gates[started.filter((i) => !finished.includes(i)).pop()!].open();
		}
		expect(await run).toEqual([0, 10, 20, 30, 40, 50]);
		expect(finished).toEqual([2, 3, 4, 5, 1, 0]);
	});

	it('starts no new task after a failure and waits for the running ones', async () => {
		const started: number[] = [];
		const finished: number[] = [];
		const first = gate();
		const run = mapOrdered(10, 2, async (i) => {
			started.push(i);
			if (i === 1) throw new Error('item 1 failed');
			await first.shut;
			finished.push(i);
			return i;
		}).catch((e: Error) => e);
		await settle();
		// Item 1 has failed while item 0 still runs: nothing else starts, and the run waits for item 0.
		expect(started).toEqual([0, 1]);
		expect(finished).toEqual([]);
		first.open();
		const error = await run;
		expect((error as Error).message).toBe('item 1 failed');
		expect(started).toEqual([0, 1]);
		expect(finished).toEqual([0]);
	});
});

describe('abortableSleep', () => {
	afterEach(() => jest.useRealTimers());

	it('ends within one slice (100 ms) of a cancel, on a clock the test moves', async () => {
		jest.useFakeTimers();
		const controller = new AbortController();
		let outcome: unknown;
		const sleeping = abortableSleep(10_000, controller.signal).then(
			() => (outcome = 'slept'),
			(error: unknown) => (outcome = error),
		);
		await jest.advanceTimersByTimeAsync(250);
		expect(outcome).toBeUndefined();
		controller.abort();
		await jest.advanceTimersByTimeAsync(100);
		expect(outcome).toBeInstanceOf(RunCancelledError);
		await sleeping;
	});

	it('without a cancel, sleeps the whole time', async () => {
		jest.useFakeTimers();
		let slept = false;
		const sleeping = abortableSleep(1000, new AbortController().signal).then(() => (slept = true));
		await jest.advanceTimersByTimeAsync(999);
		expect(slept).toBe(false);
		await jest.advanceTimersByTimeAsync(1);
		expect(slept).toBe(true);
		await sleeping;
	});
});
