import { sleep } from 'n8n-workflow';

/** Longest single timer: a cancelled run notices within this many milliseconds. */
const SLICE_MS = 100;

/** Thrown when the user stops the execution while a request, a retry wait or a pacing wait is pending. */
export class RunCancelledError extends Error {
	constructor() {
		super('The execution was cancelled');
		this.name = 'RunCancelledError';
	}
}

export function throwIfCancelled(signal?: AbortSignal): void {
	if (signal?.aborted) throw new RunCancelledError();
}

/**
 * Waits `ms` milliseconds in short slices so that a cancelled execution stops waiting
 * promptly. Built on n8n-workflow's `sleep`, which exists on every n8n line we support
 * (`sleepWithAbort` does not).
 */
export async function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
	let remaining = Math.max(0, ms);
	throwIfCancelled(signal);
	while (remaining > 0) {
		const slice = Math.min(remaining, SLICE_MS);
		await sleep(slice);
		remaining -= slice;
		throwIfCancelled(signal);
	}
}
