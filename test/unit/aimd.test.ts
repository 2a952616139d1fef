import { AimdController, ConcurrencyLimiter } from '../../nodes/shared/concurrency';

/**
 * The AIMD controller behind Concurrency Mode Auto, driven by a fixed sequence of outcomes:
 * "ok" is a clean answer, a number is a refusal ("too many at once") with that many in flight.
 */
type Outcome = 'ok' | number;

function limitsAfter(controller: AimdController, outcomes: Outcome[]): number[] {
	return outcomes.map((outcome) => {
		if (outcome === 'ok') controller.success();
		else controller.overload(outcome);
		return controller.limit;
	});
}

const oks = (count: number): Outcome[] => Array(count).fill('ok');

describe('AimdController', () => {
	it('starts low, adds one with each clean answer up to 6, then one per run of answers as long as the limit', () => {
		const controller = new AimdController(16, 2);
		expect(controller.limit).toBe(2);
		expect(limitsAfter(controller, oks(4 + 6 + 7))).toEqual([3, 4, 5, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 8]);
	});

	it('never climbs above its cap', () => {
		const controller = new AimdController(4, 2);
		limitsAfter(controller, oks(1000));
		expect(controller.limit).toBe(4);
	});

	it('halves on a refusal and learns a ceiling just below what was in flight', () => {
		const controller = new AimdController(16, 2);
		limitsAfter(controller, oks(4 + 6 + 7 + 8));
		expect(controller.limit).toBe(9);
		// 9 in flight were refused: half of 9, and 8 is what the server seems to take.
		controller.overload(9);
		expect(controller.limit).toBe(4);
		expect(controller.learnedCeiling).toBe(8);
		// Climbs back one step per clean answer and stops at the ceiling.
		expect(limitsAfter(controller, oks(6))).toEqual([5, 6, 7, 8, 8, 8]);
		expect(limitsAfter(controller, oks(47)).at(-1)).toBe(8);
		// Only a long streak at the ceiling tries one more.
		expect(limitsAfter(controller, oks(1))).toEqual([9]);
		expect(controller.learnedCeiling).toBe(9);
	});

	it('goes down to one under repeated refusals and stays at least one', () => {
		const controller = new AimdController(8, 8);
		expect(limitsAfter(controller, [8, 4, 2, 1, 1])).toEqual([4, 2, 1, 1, 1]);
		expect(controller.learnedCeiling).toBe(1);
	});

	it('gives the same limits for the same sequence of outcomes', () => {
		const sequence: Outcome[] = [...oks(30), 9, ...oks(40), 8, ...oks(100)];
		expect(limitsAfter(new AimdController(16, 2), sequence)).toEqual(limitsAfter(new AimdController(16, 2), sequence));
	});

	it('with Fixed concurrency starts at the cap', () => {
		expect(new AimdController(5).limit).toBe(5);
		expect(new ConcurrencyLimiter(5).limit).toBe(5);
		expect(new ConcurrencyLimiter(16, 2).limit).toBe(2);
		expect(new ConcurrencyLimiter(16, 2).max).toBe(16);
	});
});

describe('ConcurrencyLimiter with Auto concurrency', () => {
	it('lets more tasks in as the limit climbs', async () => {
		const limiter = new ConcurrencyLimiter(6, 2);
		let running = 0;
		const seen: number[] = [];
		await Promise.all(
			Array.from({ length: 40 }, async () =>
				await limiter.run(async () => {
					running++;
					seen.push(running);
					await new Promise((resolve) => setTimeout(resolve, 2));
					running--;
					limiter.recordSuccess();
				}),
			),
		);
		expect(seen.slice(0, 2)).toEqual([1, 2]);
		expect(Math.max(...seen.slice(0, 2))).toBe(2);
		expect(limiter.peak).toBe(6);
		expect(limiter.limit).toBe(6);
	});
});
