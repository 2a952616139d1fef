import { abortableSleep } from './cancellation';

export interface PacerSettings {
	/** Requests the bucket drains per second. */
	ratePerSecond: number;
	/** Requests the bucket holds before the server refuses (the burst). */
	capacity: number;
}

/**
 * Client-side model of a leaky-bucket rate limit (SHOPLINE: 4 requests/s, bucket of 40).
 * Each request fills the bucket by one; it drains at `ratePerSecond`. A request that would
 * overflow waits just long enough for the bucket to have room. Reservations are made
 * synchronously, so callers running side by side never overbook it.
 *
 * One slot is kept free as a margin: the server counts requests when they arrive, we
 * count them when they leave, and latency jitter can bunch arrivals together.
 *
 * Runs on one store (executions side by side, queue-mode workers) share its bucket but not
 * this model, so a 429 means others are draining it too: the run then takes a smaller share,
 * half its rate (never under 1/16 of the store's) and no burst, and wins rate back slowly while
 * answers come through (0.02 requests/s more per second), as TCP flows share a link. A run
 * alone on the store never meets a 429 and keeps the full rate and burst.
 */
export class LeakyBucketPacer {
	private level = 0;

	private updatedAt: number;

	private effectiveCapacity: number;

	/** Requests per second this run takes: the store's rate until a 429 says it is shared. */
	private rate: number;

	constructor(
		private readonly settings: PacerSettings,
		private readonly clock: () => number = Date.now,
		private readonly wait: (ms: number, signal?: AbortSignal) => Promise<void> = abortableSleep,
	) {
		this.updatedAt = clock();
		this.effectiveCapacity = Math.max(1, settings.capacity - 1);
		this.rate = settings.ratePerSecond;
	}

	/** The rate this run paces itself at now, requests per second. */
	get currentRate(): number {
		return this.rate;
	}

	/** Reserves room for one request and resolves when it may be sent. */
	async acquire(signal?: AbortSignal): Promise<void> {
		const delayMs = this.reserve();
		if (delayMs > 0) await this.wait(delayMs, signal);
	}

	/** Reserves one slot; returns how long to wait before sending. Exposed for tests. */
	reserve(): number {
		this.drain();
		const overflow = this.level + 1 - this.effectiveCapacity;
		this.level += 1;
		return overflow > 0 ? Math.ceil((overflow / this.rate) * 1000) : 0;
	}

	/** Lets the modelled bucket drain at the current rate up to now (before the rate changes). */
	private drain(): void {
		const now = this.clock();
		this.level = Math.max(0, this.level - ((now - this.updatedAt) / 1000) * this.rate);
		this.updatedAt = now;
	}

	/** The server reported an overflow anyway (HTTP 429): the bucket is full and shared. */
	markFull(): void {
		this.drain();
		this.rate = Math.max(this.settings.ratePerSecond / 16, this.rate / 2);
		this.effectiveCapacity = 1;
		this.level = Math.max(this.level, this.effectiveCapacity);
	}

	/** An answer came through: a run that gave up rate after a 429 wins a little back. */
	recordSuccess(): void {
		if (this.rate >= this.settings.ratePerSecond) return;
		this.drain();
		this.rate = Math.min(this.settings.ratePerSecond, this.rate + 0.02 / this.rate);
	}
}
