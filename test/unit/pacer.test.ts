import { LeakyBucketPacer } from '../../nodes/shared/pacer';

/** Replays the server's bucket: each arrival drains it by elapsed × rate, then must fit. */
function serverAccepts(arrivals: number[], rate: number, capacity: number): number {
	let level = 0;
	let last = 0;
	let refused = 0;
	for (const at of arrivals) {
		level = Math.max(0, level - ((at - last) / 1000) * rate);
		last = at;
		if (level + 1 > capacity) refused++;
		else level += 1;
	}
	return refused;
}

describe('LeakyBucketPacer', () => {
	it('lets a burst just under the bucket through without waiting', () => {
		const pacer = new LeakyBucketPacer({ ratePerSecond: 4, capacity: 40 }, () => 0);
		const waits = Array.from({ length: 39 }, () => pacer.reserve());
		expect(waits).toEqual(Array(39).fill(0));
	});

	it('spaces requests beyond the burst at the drain rate', () => {
		const pacer = new LeakyBucketPacer({ ratePerSecond: 4, capacity: 40 }, () => 0);
		const waits = Array.from({ length: 45 }, () => pacer.reserve());
		expect(waits.slice(39)).toEqual([250, 500, 750, 1000, 1250, 1500]);
	});

	it('keeps a 40-request bucket from overflowing over 200 requests sent as fast as allowed', () => {
		let now = 0;
		const pacer = new LeakyBucketPacer({ ratePerSecond: 4, capacity: 40 }, () => now);
		const arrivals: number[] = [];
		for (let i = 0; i < 200; i++) {
			const wait = pacer.reserve();
			now += wait;
			arrivals.push(now);
		}
		expect(serverAccepts(arrivals, 4, 40)).toBe(0);
		// And it does not dawdle: 200 requests, 39 in the burst, the rest at 4/s.
		expect(now).toBeLessThanOrEqual(Math.ceil(((200 - 39) / 4) * 1000));
	});

	it('refills as time passes', () => {
		let now = 0;
		const pacer = new LeakyBucketPacer({ ratePerSecond: 4, capacity: 10 }, () => now);
		for (let i = 0; i < 9; i++) pacer.reserve();
		expect(pacer.reserve()).toBe(250);
		now = 10_000;
		expect(pacer.reserve()).toBe(0);
	});

	it('treats the bucket as full after a 429', () => {
		const pacer = new LeakyBucketPacer({ ratePerSecond: 4, capacity: 40 }, () => 0);
		pacer.markFull();
		expect(pacer.reserve()).toBe(250);
	});
});
