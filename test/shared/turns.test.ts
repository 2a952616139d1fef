/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code run by jest: never part of a published package */
import { KeyedTurns } from '../../nodes/shared/flow/turns';

/** A promise and the hands that settle it, so a test decides when a task ends. */
function gate() {
	let open!: () => void;
	let fail!: (error: Error) => void;
	const promise = new Promise<void>((resolve, reject) => {
		open = resolve;
		fail = reject;
	});
	return { promise, open, fail };
}

const tick = async () => await new Promise<void>((resolve) => setImmediate(resolve));

describe('KeyedTurns: tasks with one key one after the other, other keys side by side', () => {
	it('a second task with the same key starts only when the first has ended', async () => {
		const turns = new KeyedTurns();
		const events: string[] = [];
		const first = gate();
		const a = turns.run('handle-1', async () => {
			events.push('a starts');
			await first.promise;
			events.push('a ends');
			return 'a';
		});
		const b = turns.run('handle-1', async () => {
			events.push('b starts');
			return 'b';
		});
		await tick();
		expect(events).toEqual(['a starts']);
		first.open();
		expect(await Promise.all([a, b])).toEqual(['a', 'b']);
		expect(events).toEqual(['a starts', 'a ends', 'b starts']);
	});

	it('tasks with other keys do not wait', async () => {
		const turns = new KeyedTurns();
		const held = gate();
		const events: string[] = [];
		const a = turns.run('handle-1', async () => {
			events.push('a starts');
			await held.promise;
		});
		const b = turns.run('handle-2', async () => void events.push('b runs'));
		await b;
		expect(events).toEqual(['a starts', 'b runs']);
		held.open();
		await a;
	});

	it('a failed task passes the turn on, and its error goes to its own caller only', async () => {
		const turns = new KeyedTurns();
		const first = gate();
		const a = turns.run('k', async () => await first.promise);
		const b = turns.run('k', async () => 'b ran');
		first.fail(new Error('422 from the store'));
		await expect(a).rejects.toThrow('422 from the store');
		await expect(b).resolves.toBe('b ran');
	});

	it('forgets a key once its last task has ended', async () => {
		const turns = new KeyedTurns();
		await Promise.all([turns.run('k', async () => 1), turns.run('k', async () => 2), turns.run('j', async () => 3)]);
		expect(turns.size).toBe(0);
	});
});
