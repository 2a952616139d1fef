import { StartSpacer } from '../../nodes/shared/flow/spacing';

/** A spacer on a clock the test moves by hand. */
function spacerAt(start = 1000) {
	let now = start;
	const waits: number[] = [];
	const spacer = new StartSpacer(
		() => now,
		async (ms) => void waits.push(ms),
	);
	return { spacer, waits, advance: (ms: number) => (now += ms) };
}

describe('StartSpacer', () => {
	it('lets requests go at once until an answer has given a round trip', () => {
		const { spacer } = spacerAt();
		expect([1, 2, 3, 4].map(() => spacer.reserve(8))).toEqual([0, 0, 0, 0]);
		expect(spacer.roundTripMs).toBeUndefined();
	});

	it('spreads starts over half the round trip divided by the requests in flight', () => {
		const { spacer, advance } = spacerAt();
		spacer.recordRoundTrip(100);
		// 8 in flight, 100 ms a round trip: one start every 6.25 ms, not 8 at once.
		expect([1, 2, 3, 4].map(() => spacer.reserve(8))).toEqual([0, 6.25, 12.5, 18.75]);
		// Later requests queue behind those already reserved.
		advance(10);
		expect(spacer.reserve(8)).toBe(15);
		// Once the reserved starts are past, the next goes at once.
		advance(100);
		expect(spacer.reserve(4)).toBe(0);
		expect(spacer.reserve(4)).toBe(12.5);
	});

	it('does not space a run that allows one request at a time', () => {
		const { spacer } = spacerAt();
		spacer.recordRoundTrip(100);
		expect([spacer.reserve(1), spacer.reserve(1)]).toEqual([0, 0]);
	});

	it('smooths the round trip over recent answers and ignores nonsense', () => {
		const { spacer } = spacerAt();
		spacer.recordRoundTrip(100);
		spacer.recordRoundTrip(200);
		expect(spacer.roundTripMs).toBe(120);
		spacer.recordRoundTrip(Number.NaN);
		spacer.recordRoundTrip(-5);
		expect(spacer.roundTripMs).toBe(120);
	});

	it('waits what it reserved', async () => {
		const { spacer, waits } = spacerAt();
		spacer.recordRoundTrip(80);
		await spacer.acquire(4);
		await spacer.acquire(4);
		await spacer.acquire(4);
		expect(waits).toEqual([10, 20]);
	});
});
