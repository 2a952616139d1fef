import { AimdController } from './aimd';
import { RunCancelledError } from './cancellation';

/** A request sent less than this share of the fastest answer ago is surely still at the server. */
const STILL_OUT_SHARE = 0.95;

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
