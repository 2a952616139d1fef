/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code run by jest: never part of a published package */
import { AimdController } from '../../nodes/shared/flow/aimd';
import { ConcurrencyLimiter } from '../../nodes/shared/flow/limiter';

/**
 * The AIMD controller behind Concurrency Mode Auto, driven by a fixed sequence of outcomes:
 * "ok" is a clean answer, "trial" the clean answer to a request sent above the limit to try
 * one more, a number is a refusal ("too many at once") with that many in flight.
 */
type Outcome = 'ok' | 'trial' | number;

function limitsAfter(controller: AimdController, outcomes: Outcome[]): number[] {
	return outcomes.map((outcome) => {
		if (outcome === 'ok') controller.success();
		else if (outcome === 'trial') controller.trialPassed();
		else controller.overload(outcome);
		return controller.limit;
	});
}

const oks = (count: number): Outcome[] => Array(count).fill('ok');

describe('AimdController', () => {
	it('starts low, adds one with each clean answer up to 8, then tries one more after a run of answers as long as the limit', () => {
		const controller = new AimdController(16, 3);
		expect(controller.limit).toBe(3);
		expect(limitsAfter(controller, oks(5 + 8))).toEqual([4, 5, 6, 7, 8, ...Array(8).fill(8)]);
		// After 8 clean answers at 8, one request may go as a ninth; the limit rises only once it comes back clean.
		expect(controller.trialWanted).toBe(true);
		expect(limitsAfter(controller, ['ok', 'ok', 'trial'])).toEqual([8, 8, 9]);
		expect(controller.trialWanted).toBe(false);
		expect(limitsAfter(controller, oks(9))).toEqual(Array(9).fill(9));
		expect(controller.trialWanted).toBe(true);
		expect(limitsAfter(controller, ['trial'])).toEqual([10]);
	});

	it('ignores a trial answer when no trial was wanted', () => {
		const controller = new AimdController(16, 3);
		expect(limitsAfter(controller, ['trial', 'trial'])).toEqual([3, 3]);
	});

	it('never climbs above its cap', () => {
		const controller = new AimdController(4, 2);
		limitsAfter(controller, oks(1000));
		expect(controller.limit).toBe(4);
	});

	it('halves on a refusal and learns a ceiling just below what was in flight', () => {
		const controller = new AimdController(16, 3);
		limitsAfter(controller, [...oks(5 + 8), 'trial']);
		expect(controller.limit).toBe(9);
		// 9 in flight were refused: half of 9, and 8 is what the server seems to take.
		controller.overload(9);
		expect(controller.limit).toBe(4);
		expect(controller.learnedCeiling).toBe(8);
		// Climbs back one step per clean answer and stops at the ceiling.
		expect(limitsAfter(controller, oks(6))).toEqual([5, 6, 7, 8, 8, 8]);
		// One above the ceiling is tried after 100 clean answers at it: 50, doubled by the refusal.
		expect(controller.probeWait).toBe(100);
		expect(limitsAfter(controller, oks(97)).at(-1)).toBe(8);
		expect(controller.trialWanted).toBe(false);
		expect(limitsAfter(controller, oks(1))).toEqual([8]);
		expect(controller.trialWanted).toBe(true);
		expect(limitsAfter(controller, ['trial'])).toEqual([9]);
		expect(controller.learnedCeiling).toBe(9);
	});

	it('waits twice as long before each probe the server refuses, and 50 again once a probe holds', () => {
		const controller = new AimdController(16, 8);
		controller.overload(9);
		expect(controller.probeWait).toBe(100);
		limitsAfter(controller, [...oks(4 + 100), 'trial']);
		expect(controller.limit).toBe(9);
		// Then 9 is refused: back to half, and the next probe waits 200 clean answers.
		controller.overload(9);
		expect([controller.limit, controller.learnedCeiling, controller.probeWait]).toEqual([4, 8, 200]);
		limitsAfter(controller, oks(4 + 199));
		expect([controller.limit, controller.trialWanted]).toEqual([8, false]);
		expect(limitsAfter(controller, [...oks(1), 'trial'])).toEqual([8, 9]);
		// This time the server takes 9 (other runs on the account have finished): once 9 has
		// held for the whole wait of 200, 10 is tried, and the next probe waits 50 again.
		expect(limitsAfter(controller, oks(199)).at(-1)).toBe(9);
		expect(limitsAfter(controller, [...oks(1), 'trial'])).toEqual([9, 10]);
		expect([controller.learnedCeiling, controller.probeWait]).toEqual([10, 50]);
		expect(limitsAfter(controller, oks(49)).at(-1)).toBe(10);
		expect(limitsAfter(controller, [...oks(1), 'trial'])).toEqual([10, 11]);
	});

	it('never waits more than 800 clean answers for a probe', () => {
		const controller = new AimdController(16, 8);
		for (let i = 0; i < 10; i++) controller.overload(2);
		expect(controller.probeWait).toBe(800);
	});

	it('lets a refusal of a request sent before a halving lower the ceiling, not halve again', () => {
		const controller = new AimdController(16, 12);
		const before = controller.epoch;
		// 12 sent at once to an account that takes 5: the refusal of the 12th comes back first.
		controller.overload(12, before);
		expect([controller.limit, controller.learnedCeiling]).toEqual([6, 11]);
		controller.overload(6, before);
		expect([controller.limit, controller.learnedCeiling]).toEqual([5, 5]);
		controller.overload(9, before);
		expect([controller.limit, controller.learnedCeiling, controller.probeWait]).toEqual([5, 5, 100]);
	});

	it('goes down to one under repeated refusals and stays at least one', () => {
		const controller = new AimdController(8, 8);
		expect(limitsAfter(controller, [8, 4, 2, 1, 1])).toEqual([4, 2, 1, 1, 1]);
		expect(controller.learnedCeiling).toBe(1);
	});

	it('gives the same limits for the same sequence of outcomes', () => {
		const sequence: Outcome[] = [...oks(30), 'trial', 9, ...oks(140), 'trial', 8, ...oks(300), 'trial'];
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
				await limiter.run(async (ticket) => {
					running++;
					seen.push(running);
					await new Promise((resolve) => setImmediate(resolve));
					running--;
					limiter.recordSuccess(ticket);
				}),
			),
		);
		expect(seen.slice(0, 2)).toEqual([1, 2]);
		expect(Math.max(...seen.slice(0, 2))).toBe(2);
		expect(limiter.peak).toBe(6);
		expect(limiter.limit).toBe(6);
	});
});
