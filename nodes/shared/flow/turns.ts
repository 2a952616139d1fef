/**
 * Tasks that must not run side by side, e.g. two items of one run writing the same product:
 * a task waits until every earlier task with its key has ended (failed ones too); tasks with
 * other keys run freely. One instance per run (the item loop, dispatch, makes it): nothing is shared
 * between runs, nor kept once a key's last task has ended.
 */
export class KeyedTurns {
	private readonly tails = new Map<string, Promise<void>>();

	/** Keys with a task running or waiting. */
	get size(): number {
		return this.tails.size;
	}

	async run<T>(key: string, task: () => Promise<T>): Promise<T> {
		const before = this.tails.get(key) ?? Promise.resolve();
		const mine = before.then(task);
		const tail = mine.then(
			() => undefined,
			() => undefined,
		);
		this.tails.set(key, tail);
		try {
			return await mine;
		} finally {
			if (this.tails.get(key) === tail) this.tails.delete(key);
		}
	}
}
