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

type Slot<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Loads `keys` (e.g. page numbers) with at most `concurrency` in flight and hands each
 * result to `consume` in key order. As soon as `consume` returns a reason to stop, or a load
 * fails, nothing new is started; loads already in flight are awaited (nothing is left
 * dangling). Returns the reason and key it stopped at, with the results loaded after it for
 * the caller to check; no reason when every result was consumed.
 */
export async function consumeInOrder<K, T, R>(
	keys: K[],
	concurrency: number,
	load: (key: K) => Promise<T>,
	consume: (value: T) => R | undefined,
): Promise<{ end?: { reason: R; key: K }; later: T[] }> {
	const slots = new Array<Slot<T> | undefined>(keys.length);
	let next = 0;
	let cursor = 0;
	let broken = false;
	let end: { reason: R; key: K; index: number } | undefined;
	let failure: { error: unknown } | undefined;

	const drain = () => {
		while (failure === undefined && end === undefined && cursor < keys.length) {
			const slot = slots[cursor];
			if (slot === undefined) return;
			if (!slot.ok) {
				failure = { error: slot.error };
				return;
			}
			try {
				const reason = consume(slot.value);
				if (reason !== undefined) end = { reason, key: keys[cursor], index: cursor };
			} catch (error) {
				failure = { error };
			}
			cursor++;
		}
	};

	const worker = async () => {
		while (!broken && failure === undefined && end === undefined && next < keys.length) {
			const index = next++;
			try {
				slots[index] = { ok: true, value: await load(keys[index]) };
			} catch (error) {
				slots[index] = { ok: false, error };
				broken = true;
			}
			drain();
		}
	};
	const workers = Math.max(1, Math.min(Math.floor(concurrency), keys.length));
	await Promise.all(Array.from({ length: workers }, worker));
	drain();
	if (failure) throw failure.error;
	if (end === undefined) {
		// Every result up to a failed load was consumed without completing the list.
		const failed = slots.find((slot) => slot !== undefined && !slot.ok);
		if (failed && !failed.ok) throw failed.error;
		return { later: [] };
	}
	const later = slots.slice(end.index + 1).flatMap((slot) => (slot?.ok ? [slot.value] : []));
	return { end: { reason: end.reason, key: end.key }, later };
}
