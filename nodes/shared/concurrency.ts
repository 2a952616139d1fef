import { RunCancelledError } from './cancellation';

/** Clean answers in a row at the learned ceiling before one more request in flight is tried. */
const PROBE_AFTER = 50;

/** The longest that wait grows to: each refusal doubles it, a probe that holds a whole wait resets it. */
const PROBE_AFTER_MAX = 800;

/** Before the server has refused anything, the limit climbs by one per clean answer up to here, then by one per run of answers as long as itself. */
const FAST_START_UNTIL = 8;

/**
 * The number of requests allowed in flight, adapted to the server's answers (AIMD). It starts
 * low and climbs while answers come back clean: by one per answer up to 8 (the limit about
 * doubles with each round of answers), then by one per run of clean answers as long as the
 * limit (additive increase). On "too many requests at once" it halves at once (multiplicative
 * decrease) and remembers a ceiling just below the number that was in flight when the refused
 * request was sent, since that is about where the server's limit lies. Refusals of requests
 * sent before that decrease are already answered by it: they do not halve again, they only
 * bring the ceiling down if they were refused with fewer in flight. Below the learned ceiling
 * it climbs back by one per clean answer; above it only by one, after a streak of clean
 * answers at the ceiling: 50 at first, twice as many after each refusal (up to 800), 50 again
 * once a probed level has held for a whole wait without a refusal (a round of clean answers
 * proves little: the server may not yet have counted requests just answered). A limit the
 * account really has is so tried less and less often; one that other runs on the same account
 * had lowered is found again. It never goes above `max`.
 *
 * Pure bookkeeping: no timers, no promises, so a sequence of outcomes always gives the same
 * limits.
 */
export class AimdController {
	private current: number;

	private ceiling: number;

	private successStreak = 0;

	/** Whether the server has refused yet: until then the ceiling is only the cap. */
	private refused = false;

	/** Clean answers at the ceiling before the next probe above it. */
	private probeAfter = PROBE_AFTER;

	/** Set when the limit was last raised by a probe above the ceiling, until a refusal. */
	private probing: number | undefined;

	/** Counts the decreases: a request carries the epoch it was sent in. */
	epoch = 0;

	/**
	 * @param max the cap, never exceeded
	 * @param start where the limit starts (Fixed: the cap itself; Auto: low, and it climbs)
	 */
	constructor(
		readonly max: number,
		start: number = max,
	) {
		this.max = Math.max(1, Math.floor(max));
		this.current = Math.max(1, Math.min(this.max, Math.floor(start)));
		this.ceiling = this.max;
	}

	get limit(): number {
		return this.current;
	}

	/** The highest limit the server is believed to accept, learned from its refusals. */
	get learnedCeiling(): number {
		return this.ceiling;
	}

	/** Clean answers in a row at the ceiling that the next probe above it waits for. */
	get probeWait(): number {
		return this.probeAfter;
	}

	/**
	 * The server refused for too many requests at once; `inFlight` were in flight when the
	 * refused request was sent (itself included), in `epoch`. A request sent before the last
	 * decrease can only lower the ceiling.
	 */
	overload(inFlight: number, epoch: number = this.epoch): void {
		const below = Math.max(1, Math.min(this.ceiling, inFlight - 1));
		if (epoch < this.epoch) {
			this.ceiling = below;
			this.current = Math.min(this.current, below);
			return;
		}
		this.refused = true;
		this.ceiling = below;
		this.current = Math.max(1, Math.min(Math.floor(this.current / 2), this.ceiling));
		this.probing = undefined;
		this.probeAfter = Math.min(PROBE_AFTER_MAX, this.probeAfter * 2);
		this.successStreak = 0;
		this.epoch += 1;
	}

	/** A clean answer came back; returns whether the limit rose. */
	success(): boolean {
		if (this.current >= this.max) return false;
		this.successStreak += 1;
		const perAnswer = this.refused || this.current < FAST_START_UNTIL;
		if (this.current < this.ceiling && (perAnswer || this.successStreak >= this.current)) {
			this.current += 1;
			this.successStreak = 0;
			return true;
		}
		if (this.refused && this.current >= this.ceiling && this.successStreak >= this.probeAfter) {
			// The last probe held for a whole wait: the server's limit moved, so look again soon.
			if (this.probing !== undefined) this.probeAfter = PROBE_AFTER;
			this.ceiling += 1;
			this.current += 1;
			this.probing = this.current;
			this.successStreak = 0;
			return true;
		}
		return false;
	}
}

/** What a request was sent with: the requests in flight then (itself included) and the controller's epoch. */
export interface SendTicket {
	inFlight: number;
	epoch: number;
}

/**
 * Caps the number of requests in flight at the limit of its `AimdController`: `reduce()` (on
 * "concurrency limit exceeded") halves it, clean answers raise it again, never above `max`.
 * Fixed concurrency starts at `max`; Auto starts low and climbs.
 */
export class ConcurrencyLimiter {
	private readonly control: AimdController;

	private active = 0;

	private readonly waiting: Array<() => void> = [];

	/** Highest number of requests that were in flight at once. */
	peak = 0;

	constructor(max: number, start: number = max) {
		this.control = new AimdController(max, start);
	}

	/** The cap the limit never exceeds. */
	get max(): number {
		return this.control.max;
	}

	get limit(): number {
		return this.control.limit;
	}

	get inFlight(): number {
		return this.active;
	}

	/** Runs `task` once a place is free; the task gets the ticket to hand to `reduce`. */
	async run<T>(task: (ticket: SendTicket) => Promise<T>, signal?: AbortSignal): Promise<T> {
		await this.acquire(signal);
		try {
			return await task({ inFlight: this.active, epoch: this.control.epoch });
		} finally {
			this.release();
		}
	}

	/** The server refused the request of `ticket` for too many requests at once. */
	reduce(ticket: SendTicket): void {
		this.control.overload(ticket.inFlight, ticket.epoch);
	}

	recordSuccess(): void {
		if (this.control.success()) this.wake();
	}

	private async acquire(signal?: AbortSignal): Promise<void> {
		if (signal?.aborted) throw new RunCancelledError();
		if (this.active < this.control.limit) {
			this.take();
			return;
		}
		await new Promise<void>((resolve, reject) => {
			const onAbort = () => {
				const index = this.waiting.indexOf(grant);
				if (index >= 0) this.waiting.splice(index, 1);
				reject(new RunCancelledError());
			};
			const grant = () => {
				signal?.removeEventListener('abort', onAbort);
				this.take();
				resolve();
			};
			this.waiting.push(grant);
			signal?.addEventListener('abort', onAbort, { once: true });
		});
	}

	private take(): void {
		this.active += 1;
		this.peak = Math.max(this.peak, this.active);
	}

	private release(): void {
		this.active -= 1;
		this.wake();
	}

	private wake(): void {
		while (this.active < this.control.limit && this.waiting.length > 0) {
			this.waiting.shift()!();
		}
	}
}

/**
 * Runs `task(0..count-1)` with at most `concurrency` at once and returns the results in
 * index order. After the first rejection no new task starts; tasks already running are
 * awaited (nothing is left in flight), then that first error is thrown.
 */
export async function mapOrdered<R>(
	count: number,
	concurrency: number,
	task: (index: number) => Promise<R>,
): Promise<R[]> {
	const results = new Array<R>(count);
	let next = 0;
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		while (failure === undefined && next < count) {
			const index = next++;
			try {
				results[index] = await task(index);
			} catch (error) {
				failure ??= { error };
			}
		}
	};
	const workers = Math.max(1, Math.min(Math.floor(concurrency), count));
	await Promise.all(Array.from({ length: workers }, worker));
	if (failure) throw failure.error;
	return results;
}
