import { RunCancelledError } from '../../nodes/shared/flow/cancellation';
import { ConcurrencyLimiter } from '../../nodes/shared/flow/limiter';
import { gate, settle } from '../helpers/gate';

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
