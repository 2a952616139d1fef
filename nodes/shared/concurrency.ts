import { RunCancelledError } from './cancellation';

/** Successes in a row at the learned ceiling before one more request in flight is tried. */
const PROBE_AFTER = 20;

/**
 * Caps the number of requests in flight. The cap adapts to the server: `reduce()` (on
 * "concurrency limit exceeded") halves it at once and remembers a ceiling just below the
 * number that was in flight when the server refused, since that is about where its limit
 * lies. The cap then climbs back by one after each run of successes as long as itself
 * (additive increase), up to that ceiling; only a long streak of successes raises the
 * ceiling again. It never goes above the configured maximum.
 */
export class ConcurrencyLimiter {
	private current: number;

	private active = 0;

	private successStreak = 0;

	private ceiling: number;

	private readonly waiting: Array<() => void> = [];

	/** Highest number of requests that were in flight at once. */
	peak = 0;

	constructor(readonly max: number) {
		this.current = Math.max(1, Math.floor(max));
		this.ceiling = this.current;
	}

	get limit(): number {
		return this.current;
	}

	get inFlight(): number {
		return this.active;
	}

	async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
		await this.acquire(signal);
		try {
			return await task();
		} finally {
			this.release();
		}
	}

	/**
	 * The server refused for too many requests at once. Call it while the refused request
	 * still counts as in flight (inside `run`), so the ceiling reflects what was sent.
	 */
	reduce(): void {
		this.ceiling = Math.max(1, Math.min(this.ceiling, this.active - 1));
		this.current = Math.max(1, Math.min(Math.floor(this.current / 2), this.ceiling));
		this.successStreak = 0;
	}

	recordSuccess(): void {
		if (this.current >= this.max) return;
		this.successStreak += 1;
		if (this.current < this.ceiling && this.successStreak >= this.current) {
			this.current += 1;
			this.successStreak = 0;
			this.wake();
		} else if (this.current >= this.ceiling && this.successStreak >= PROBE_AFTER) {
			this.ceiling += 1;
			this.current += 1;
			this.successStreak = 0;
			this.wake();
		}
	}

	private async acquire(signal?: AbortSignal): Promise<void> {
		if (signal?.aborted) throw new RunCancelledError();
		if (this.active < this.current) {
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
		while (this.active < this.current && this.waiting.length > 0) {
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
