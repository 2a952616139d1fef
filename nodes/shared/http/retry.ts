import { abortableSleep, throwIfCancelled } from '../flow/cancellation';

/** How one request is retried. Defaults are set by the node options (see `retryOptions`). */
export interface RetryPolicy {
	/** Attempts in all, the first one included. 1 = never retry. */
	maxTries: number;
	/** First backoff delay; each further retry doubles it (before jitter). */
	initialDelayMs: number;
	/** Upper bound of one backoff delay. */
	maxDelayMs: number;
	/** Upper bound of all waits for one request, Retry-After included. */
	maxTotalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxTries: 5,
	initialDelayMs: 1000,
	maxDelayMs: 30_000,
	maxTotalWaitMs: 120_000,
};

/** What one attempt came to. `retryable` failures are tried again while the policy allows. */
export type AttemptResult<T> =
	| { ok: true; value: T }
	| { ok: false; error: Error; retryable: boolean; retryAfterMs?: number };

export interface RetryHooks {
	signal?: AbortSignal;
	/** Called before each wait, e.g. to log or to lower concurrency. */
	onRetry?: (info: { attempt: number; delayMs: number; error: Error }) => void;
	/** For tests: replaces Math.random in the jitter. */
	random?: () => number;
	/** For tests: replaces the abortable sleep. */
	sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Parses an HTTP Retry-After value: delta-seconds ("2", "1.5") or an HTTP date.
 * Returns milliseconds to wait, or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
	if (Array.isArray(value)) value = value[0];
	if (typeof value === 'number') value = String(value);
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (text === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half the delay is fixed, half random. */
export function backoffDelay(retryNumber: number, policy: RetryPolicy, random: () => number = Math.random): number {
	const exponential = policy.initialDelayMs * 2 ** Math.max(0, retryNumber - 1);
	const capped = Math.min(policy.maxDelayMs, exponential);
	return Math.round(capped / 2 + (capped / 2) * random());
}

/** Marks an error with how many tries were spent, so the user sees that retries happened. */
function noteTries(error: Error, tries: number, reason: string): Error {
	const holder = error as Error & { description?: string | null };
	const note = `Gave up after ${tries} ${tries === 1 ? 'try' : 'tries'}: ${reason}.`;
	holder.description = holder.description ? `${holder.description} ${note}` : note;
	return error;
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the policy's tries or total
 * wait run out. Waits honour Retry-After (never shortened, and never more than the
 * total wait allows) and stop at once when the execution is cancelled.
 */
export async function withRetry<T>(
	attempt: (attemptNumber: number) => Promise<AttemptResult<T>>,
	policy: RetryPolicy,
	hooks: RetryHooks = {},
): Promise<T> {
	const wait = hooks.sleep ?? abortableSleep;
	let waited = 0;
	for (let attemptNumber = 1; ; attemptNumber++) {
		throwIfCancelled(hooks.signal);
		const result = await attempt(attemptNumber);
		if (result.ok) return result.value;
		if (!result.retryable) throw result.error;
		if (attemptNumber >= policy.maxTries) {
			if (policy.maxTries <= 1) throw result.error;
			throw noteTries(result.error, attemptNumber, 'the Max Tries option was reached');
		}
		const delayMs = result.retryAfterMs ?? backoffDelay(attemptNumber, policy, hooks.random);
		if (waited + delayMs > policy.maxTotalWaitMs) {
			const reason =
				result.retryAfterMs !== undefined
					? `the server asked to wait ${(delayMs / 1000).toFixed(1)} s, beyond the Max Retry Wait option`
					: 'the Max Retry Wait option was reached';
			throw noteTries(result.error, attemptNumber, reason);
		}
		hooks.onRetry?.({ attempt: attemptNumber, delayMs, error: result.error });
		await wait(delayMs, hooks.signal);
		waited += delayMs;
	}
}
