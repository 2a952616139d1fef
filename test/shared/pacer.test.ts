import { LeakyBucketPacer } from '../../nodes/shared/flow/pacer';

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

	it('after a 429 treats the bucket as full and shared: half the rate, no burst', () => {
		const pacer = new LeakyBucketPacer({ ratePerSecond: 4, capacity: 40 }, () => 0);
		pacer.markFull();
		expect(pacer.currentRate).toBe(2);
		expect([pacer.reserve(), pacer.reserve(), pacer.reserve()]).toEqual([500, 1000, 1500]);
	});

	it('never goes under 1/16 of the store rate, and wins rate back as answers come through', () => {
		let now = 0;
		const pacer = new LeakyBucketPacer({ ratePerSecond: 4, capacity: 40 }, () => now);
		for (let i = 0; i < 10; i++) pacer.markFull();
		expect(pacer.currentRate).toBe(0.25);
		const rates: number[] = [];
		for (let i = 0; i < 400; i++) {
			now += pacer.reserve();
			pacer.recordSuccess();
			rates.push(pacer.currentRate);
		}
		expect(rates.every((rate, n) => n === 0 || rate >= rates[n - 1])).toBe(true);
		expect(rates[rates.length - 1]).toBe(4);
		// About 0.02 requests/s more per second: from 0.25 to 4 takes minutes, not seconds.
		expect(now).toBeGreaterThan(120_000);
	});

	it.each([
		[1, 0],
		[3, 0.08],
		[8, 0.15],
	])('%i runs side by side, each with its own pacer, share one store bucket with at most %f of requests refused', (runs, share) => {
		// Each run reads 40 pages one after the other (10 ms a request); a 429 is retried after 750 ms.
		let now = 0;
		const server = { level: 0, at: 0 };
		const accepts = (at: number) => {
			server.level = Math.max(0, server.level - ((at - server.at) / 1000) * 4);
			server.at = at;
			if (server.level + 1 > 40) return false;
			server.level += 1;
			return true;
		};
		const pacers = Array.from({ length: runs }, () => new LeakyBucketPacer({ ratePerSecond: 4, capacity: 40 }, () => now));
		const left = pacers.map(() => 40);
		// When each run next asks its pacer (reserve), or sends what it reserved (send).
		const events = pacers.map((_, n) => ({ at: n, run: n, send: false }));
		let sent = 0;
		let refused = 0;
		while (events.length > 0) {
			events.sort((a, b) => a.at - b.at);
			const event = events.shift()!;
			now = event.at;
			const pacer = pacers[event.run];
			if (!event.send) {
				events.push({ at: now + pacer.reserve(), run: event.run, send: true });
				continue;
			}
			sent += 1;
			if (accepts(now + 5)) {
				pacer.recordSuccess();
				left[event.run] -= 1;
				if (left[event.run] > 0) events.push({ at: now + 10, run: event.run, send: false });
			} else {
				refused += 1;
				pacer.markFull();
				events.push({ at: now + 760, run: event.run, send: false });
			}
		}
		expect(sent - refused).toBe(runs * 40);
		expect(refused).toBeLessThanOrEqual(share * runs * 40);
		// And the store is kept busy: the whole takes at most 1.3 × the bucket's floor.
		expect(now).toBeLessThanOrEqual(1.3 * Math.max(0, (runs * 40 - 40) / 4) * 1000 + 2000);
	});
});
