import { mapOrdered } from '../../nodes/shared/flow/ordered';
import { gate, settle } from '../helpers/gate';

describe('mapOrdered', () => {
	it('returns results in index order whatever order tasks finish in', async () => {
		const gates = Array.from({ length: 6 }, gate);
		const started: number[] = [];
		const finished: number[] = [];
		const run = mapOrdered(6, 3, async (i) => {
			started.push(i);
			await gates[i].shut;
			finished.push(i);
			return i * 10;
		});
		// Each time, the last task started is the first to finish.
		for (let done = 0; done < 6; done++) {
			await settle();
			gates[started.filter((i) => !finished.includes(i)).pop()!].open();
		}
		expect(await run).toEqual([0, 10, 20, 30, 40, 50]);
		expect(finished).toEqual([2, 3, 4, 5, 1, 0]);
	});

	it('starts no new task after a failure and waits for the running ones', async () => {
		const started: number[] = [];
		const finished: number[] = [];
		const first = gate();
		const run = mapOrdered(10, 2, async (i) => {
			started.push(i);
			if (i === 1) throw new Error('item 1 failed');
			await first.shut;
			finished.push(i);
			return i;
		}).catch((e: Error) => e);
		await settle();
		// Item 1 has failed while item 0 still runs: nothing else starts, and the run waits for item 0.
		expect(started).toEqual([0, 1]);
		expect(finished).toEqual([]);
		first.open();
		const error = await run;
		expect((error as Error).message).toBe('item 1 failed');
		expect(started).toEqual([0, 1]);
		expect(finished).toEqual([0]);
	});
});
