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
 */
export class LeakyBucketPacer {
	private level = 0;

	private updatedAt: number;

	private readonly effectiveCapacity: number;

	constructor(
		private readonly settings: PacerSettings,
		private readonly clock: () => number = Date.now,
		private readonly wait: (ms: number, signal?: AbortSignal) => Promise<void> = abortableSleep,
	) {
		this.updatedAt = clock();
		this.effectiveCapacity = Math.max(1, settings.capacity - 1);
	}

	/** Reserves room for one request and resolves when it may be sent. */
	async acquire(signal?: AbortSignal): Promise<void> {
		const delayMs = this.reserve();
		if (delayMs > 0) await this.wait(delayMs, signal);
	}

	/** Reserves one slot; returns how long to wait before sending. Exposed for tests. */
	reserve(): number {
		const now = this.clock();
		const drained = ((now - this.updatedAt) / 1000) * this.settings.ratePerSecond;
		this.level = Math.max(0, this.level - drained);
		this.updatedAt = now;
		const overflow = this.level + 1 - this.effectiveCapacity;
		this.level += 1;
		return overflow > 0 ? Math.ceil((overflow / this.settings.ratePerSecond) * 1000) : 0;
	}

	/** The server reported an overflow anyway (HTTP 429): treat the bucket as full. */
	markFull(): void {
		this.level = Math.max(this.level, this.effectiveCapacity);
		this.updatedAt = this.clock();
	}
}
