import { ConcurrencyLimiter, type SendTicket } from '../../nodes/shared/flow/limiter';
import { LeakyBucketPacer } from '../../nodes/shared/flow/pacer';
import { StartSpacer } from '../../nodes/shared/flow/spacing';

/** A start the client's spacer reserved: the round trip and limit it went by, the wait it gave. */
export interface Reservation {
	limit: number;
	roundTripMs: number | undefined;
	waitMs: number;
	/** When the start is due, on the spacer's clock (performance.now()). */
	dueAt: number;
}

/**
 * Calls `reserve` of a spacer or pacer and returns its result with the time its clock (the
 * injected `clock`) read during the call: the start it reserved is that time plus the wait,
 * exactly, whenever the machine lets the call run.
 */
function readingClock<T>(timekeeper: StartSpacer | LeakyBucketPacer, reserve: () => T): [T, number] {
	const holder = timekeeper as unknown as { clock: () => number };
	const clock = holder.clock;
	let now = Number.NaN;
	holder.clock = () => (now = clock());
	try {
		return [reserve(), now];
	} finally {
		holder.clock = clock;
	}
}

/**
 * What the client decided during a run, read from its own objects rather than from the
 * server's clock: the limiter of each run (its limit, its peak of places taken), each request
 * it sent with the ticket it went with, and each start the spacer reserved. These are the
 * node's decisions; a busy machine delays when they take effect, not what they are.
 * Call in a test (or beforeEach); jest.restoreAllMocks() ends the watch.
 */
export function watchClient() {
	const limiters: ConcurrencyLimiter[] = [];
	const sent: SendTicket[] = [];
	const reservations: Reservation[] = [];
	/** For each request sent, how many spacer waits had ended by then. */
	const spacedBeforeSend: number[] = [];
	let spaced = 0;
	/** Each send the pacer booked, when it is due (Date.now() clock, as the pacer's). */
	const paced: number[] = [];
	const pacedBeforeSend: number[] = [];
	let pacedDone = 0;
	/** The highest limit the run's limiter reached. */
	let highestLimit = 0;

	const run = ConcurrencyLimiter.prototype.run;
	jest.spyOn(ConcurrencyLimiter.prototype, 'run').mockImplementation(function <T>(this: ConcurrencyLimiter, task: (ticket: SendTicket) => Promise<T>, signal?: AbortSignal) {
		if (!limiters.includes(this)) limiters.push(this);
		return run.call(this, task, signal) as Promise<T>;
	});
	const sending = ConcurrencyLimiter.prototype.sending;
	jest.spyOn(ConcurrencyLimiter.prototype, 'sending').mockImplementation(function (this: ConcurrencyLimiter, ticket: SendTicket, now?: number) {
		sending.call(this, ticket, now);
		sent.push({ ...ticket });
		spacedBeforeSend.push(spaced);
		pacedBeforeSend.push(pacedDone);
		highestLimit = Math.max(highestLimit, this.limit);
	});
	const recordSuccess = ConcurrencyLimiter.prototype.recordSuccess;
	jest.spyOn(ConcurrencyLimiter.prototype, 'recordSuccess').mockImplementation(function (this: ConcurrencyLimiter, ticket?: SendTicket, now?: number) {
		recordSuccess.call(this, ticket, now);
		highestLimit = Math.max(highestLimit, this.limit);
	});
	const reserve = StartSpacer.prototype.reserve;
	jest.spyOn(StartSpacer.prototype, 'reserve').mockImplementation(function (this: StartSpacer, limit: number) {
		const roundTripMs = this.roundTripMs;
		const [waitMs, now] = readingClock(this, () => reserve.call(this, limit));
		reservations.push({ limit, roundTripMs, waitMs, dueAt: now + waitMs });
		return waitMs;
	});

	const acquire = StartSpacer.prototype.acquire;
	jest.spyOn(StartSpacer.prototype, 'acquire').mockImplementation(async function (this: StartSpacer, limit: number, signal?: AbortSignal) {
		await acquire.call(this, limit, signal);
		spaced += 1;
	});

	const book = LeakyBucketPacer.prototype.reserve;
	jest.spyOn(LeakyBucketPacer.prototype, 'reserve').mockImplementation(function (this: LeakyBucketPacer) {
		const [waitMs, now] = readingClock(this, () => book.call(this));
		paced.push(now + waitMs);
		return waitMs;
	});
	const pace = LeakyBucketPacer.prototype.acquire;
	jest.spyOn(LeakyBucketPacer.prototype, 'acquire').mockImplementation(async function (this: LeakyBucketPacer, signal?: AbortSignal) {
		await pace.call(this, signal);
		pacedDone += 1;
	});

	return {
		/** Each run's limiter, in the order runs made them. */
		limiters,
		/** Each request as it went out: requests out with it (itself included), trial or not. */
		sent,
		reservations,
		/** For the n-th request sent, how many spacer waits had ended when it went: at least n if each waited for its start. */
		spacedBeforeSend,
		/** When each send the pacer booked was due, in booking order (Date.now() clock). */
		paced,
		/** For the n-th request sent, how many pacer waits had ended when it went. */
		pacedBeforeSend,
		get highestLimit() {
			return highestLimit;
		},
	};
}
