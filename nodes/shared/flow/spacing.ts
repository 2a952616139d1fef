import { abortableSleep } from './cancellation';

/**
 * The spacing is this share of the round trip divided by the requests in flight: half the
 * interval at which a run at its limit starts requests anyway, so that it never slows one
 * down, not even Auto while it doubles its limit with each round trip.
 */
const SPACING_SHARE = 0.5;

/** How much of each new round trip the smoothed one takes in. */
const RTT_WEIGHT = 0.2;

/**
 * Spreads request starts over the round trip instead of sending them in bursts (as TCP
 * paces its packets). With `limit` requests in flight and answers taking `rtt`, a run starts
 * at most one request every `rtt / limit` anyway; starts spaced closer than that cost no
 * throughput. What they win: answers come back one by one and each is read while the others
 * are still on the way. Sent in a burst, answers arrive together and are read one after the
 * other (n8n's HTTP helper costs a few milliseconds of CPU each), then the next burst goes
 * out together: every round trip pays for reading the whole burst.
 *
 * Until an answer has come back there is no round trip to go by: the first requests go at once.
 */
export class StartSpacer {
	private rttMs: number | undefined;

	private nextStart = 0;

	constructor(
		private readonly clock: () => number = () => performance.now(),
		private readonly wait: (ms: number, signal?: AbortSignal) => Promise<void> = abortableSleep,
	) {}

	/** The smoothed round trip, in milliseconds (undefined before the first answer). */
	get roundTripMs(): number | undefined {
		return this.rttMs;
	}

	/** An answer came back `ms` after its request was sent. */
	recordRoundTrip(ms: number): void {
		if (!Number.isFinite(ms) || ms < 0) return;
		this.rttMs = this.rttMs === undefined ? ms : this.rttMs + RTT_WEIGHT * (ms - this.rttMs);
	}

	/** Reserves the next start for a run allowing `limit` requests in flight; resolves when it is due. */
	async acquire(limit: number, signal?: AbortSignal): Promise<void> {
		const delayMs = this.reserve(limit);
		if (delayMs > 0) await this.wait(delayMs, signal);
	}

	/** Reserves one start; returns how long to wait before it. Exposed for tests. */
	reserve(limit: number): number {
		const now = this.clock();
		if (this.rttMs === undefined || limit <= 1) {
			this.nextStart = Math.max(this.nextStart, now);
			return 0;
		}
		const at = Math.max(now, this.nextStart);
		this.nextStart = at + (SPACING_SHARE * this.rttMs) / limit;
		return at - now;
	}
}
