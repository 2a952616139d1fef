import { RunCancelledError } from './cancellation';

/** A request sent less than this share of the fastest answer ago is surely still at the server. */
const STILL_OUT_SHARE = 0.95;

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
 * limit (additive increase). A step into numbers the server has not yet been seen to take is
 * a trial: one request goes above the limit (see `trialWanted`), and the limit rises only once
 * it comes back clean. On "too many requests at once" it halves at once (multiplicative
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

	/** A trial of one more request in flight is wanted or out (see `trialWanted`). */
	private trial = false;

	/** Set when the limit was last raised by a probe above the ceiling, until a refusal. */
	private probing = false;

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
		this.probing = false;
		this.trial = false;
		this.probeAfter = Math.min(PROBE_AFTER_MAX, this.probeAfter * 2);
		this.successStreak = 0;
		this.epoch += 1;
	}

	/**
	 * Whether one request may go above the limit to try the next level: the limiter sends one
	 * such trial and, while it is out, keeps the others one below the limit (see ConcurrencyLimiter).
	 */
	get trialWanted(): boolean {
		return this.trial;
	}

	/** A clean answer came back; returns whether more requests may now start. */
	success(): boolean {
		if (this.current >= this.max || this.trial) return false;
		this.successStreak += 1;
		const perAnswer = this.refused || this.current < FAST_START_UNTIL;
		if (this.current < this.ceiling && perAnswer) {
			this.current += 1;
			this.successStreak = 0;
			return true;
		}
		const untried = !this.refused && this.successStreak >= this.current;
		const probe = this.refused && this.current >= this.ceiling && this.successStreak >= this.probeAfter;
		if (!untried && !probe) return false;
		// The last probe held for a whole wait: the server's limit moved, so look again soon.
		if (probe && this.probing) this.probeAfter = PROBE_AFTER;
		this.trial = true;
		this.successStreak = 0;
		return true;
	}

	/** The trial above the limit came back clean: the server takes one more. */
	trialPassed(): void {
		if (!this.trial) return;
		this.trial = false;
		if (this.current >= this.ceiling) {
			this.ceiling += 1;
			this.probing = true;
		}
		this.current += 1;
	}
}

/** What a request was sent with: the requests in flight then (itself included) and the controller's epoch. */
export interface SendTicket {
	inFlight: number;
	epoch: number;
	/** Sent above the limit to try the next level. */
	trial?: boolean;
	/** A trial went out while the limit's worth of others were out: a real test of one more. */
	tested?: boolean;
	/** When it went out (`performance.now()`). */
	sentAt?: number;
}

/**
 * Caps the number of requests in flight at the limit of its `AimdController`: `reduce()` (on
 * "concurrency limit exceeded") halves it, clean answers raise it again, never above `max`.
 * Fixed concurrency starts at `max`; Auto starts low and climbs, through trials of one more.
 * The caller tells it when a request really goes out (`sending`) and when its answer is in
 * (`answered`): a place is taken earlier and kept longer than the server counts the request.
 */
export class ConcurrencyLimiter {
	private readonly control: AimdController;

	private active = 0;

	/** The request trying one more in flight is out. */
	private trialOut = false;

	/** Requests sent and not yet answered (a place is taken before the send, and kept while the answer is read). */
	private readonly outstanding = new Set<SendTicket>();

	/** The shortest time a clean answer has taken: how long a request surely stays at the server. */
	private fastestAnswerMs: number | undefined;

	private readonly waiting: Array<(trial: boolean) => void> = [];

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
		const trial = await this.acquire(signal);
		try {
			return await task({ inFlight: this.active, epoch: this.control.epoch, ...(trial ? { trial } : {}) });
		} finally {
			if (trial) this.trialOut = false;
			this.release();
		}
	}

	/** The server refused the request of `ticket` for too many requests at once. */
	reduce(ticket: SendTicket): void {
		this.control.overload(ticket.inFlight, ticket.epoch);
	}

	/**
	 * The request of `ticket` goes out now: its ticket counts what is really out with it (places
	 * are taken before a send and kept while an answer is read; requests taken in one go all see
	 * the same number of places). A trial is a real test of one more only if the limit's worth of
	 * others are surely still at the server: sent less than the fastest answer ago. An older one
	 * may be answered already, its answer not yet read.
	 */
	sending(ticket: SendTicket, now: number = performance.now()): void {
		if (ticket.trial) {
			const surelyOut = [...this.outstanding].filter((other) => this.fastestAnswerMs === undefined || now - other.sentAt! < STILL_OUT_SHARE * this.fastestAnswerMs).length;
			ticket.tested = surelyOut >= this.control.limit;
		}
		ticket.inFlight = this.outstanding.size + 1;
		ticket.sentAt = now;
		this.outstanding.add(ticket);
	}

	/** The request of `ticket` has its answer (or none will come). */
	answered(ticket: SendTicket): void {
		this.outstanding.delete(ticket);
	}

	/**
	 * The answer to the request of `ticket` came back clean. A trial that went out with fewer
	 * than the limit's worth of others still out proved nothing: another request will try.
	 * Only clean answers tell how long a request stays at the server: a refusal or a failure
	 * may come back at once.
	 */
	recordSuccess(ticket?: SendTicket, now: number = performance.now()): void {
		if (ticket?.sentAt !== undefined) this.fastestAnswerMs = Math.min(this.fastestAnswerMs ?? Infinity, now - ticket.sentAt);
		if (ticket?.trial) {
			if (!ticket.tested) return;
			this.control.trialPassed();
		} else if (!this.control.success()) return;
		this.wake();
	}

	/**
	 * Whether a request may start now, and whether as the trial: below the limit it goes as
	 * usual; at the limit, one request may go as a trial of one more when the controller wants
	 * one. While that trial is out, the others stay one below the limit, so that if the server
	 * refuses it (and counts it in flight until it answers) nothing else sent meanwhile is refused.
	 */
	private admits(): { trial: boolean } | undefined {
		if (this.active < this.control.limit) return { trial: false };
		if (this.active === this.control.limit && this.control.trialWanted && !this.trialOut) return { trial: true };
		return undefined;
	}

	private async acquire(signal?: AbortSignal): Promise<boolean> {
		if (signal?.aborted) throw new RunCancelledError();
		const now = this.admits();
		if (now) {
			this.take(now.trial);
			return now.trial;
		}
		return await new Promise<boolean>((resolve, reject) => {
			const onAbort = () => {
				const index = this.waiting.indexOf(grant);
				if (index >= 0) this.waiting.splice(index, 1);
				reject(new RunCancelledError());
			};
			const grant = (trial: boolean) => {
				signal?.removeEventListener('abort', onAbort);
				this.take(trial);
				resolve(trial);
			};
			this.waiting.push(grant);
			signal?.addEventListener('abort', onAbort, { once: true });
		});
	}

	private take(trial: boolean): void {
		if (trial) this.trialOut = true;
		this.active += 1;
		this.peak = Math.max(this.peak, this.active);
	}

	private release(): void {
		this.active -= 1;
		this.wake();
	}

	private wake(): void {
		for (let next = this.admits(); next && this.waiting.length > 0; next = this.admits()) {
			this.waiting.shift()!(next.trial);
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
