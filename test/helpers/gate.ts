/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code run by jest: never part of a published package */

/**
 * Lets every task that can start, start: the limiter and the ordered maps hand out places through promises only,
 * so once the microtasks queued now have run, all that could go has gone. No timer: the
 * outcome does not depend on how fast the machine is.
 */
export const settle = async () => await new Promise((resolve) => setImmediate(resolve));

/** A promise the test resolves when it chooses. */
export function gate() {
	let open!: () => void;
	const shut = new Promise<void>((resolve) => (open = resolve));
	return { shut, open };
}
