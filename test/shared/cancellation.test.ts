import { abortableSleep, RunCancelledError } from '../../nodes/shared/flow/cancellation';

describe('abortableSleep', () => {
	afterEach(() => jest.useRealTimers());

	it('ends within one slice (100 ms) of a cancel, on a clock the test moves', async () => {
		jest.useFakeTimers();
		const controller = new AbortController();
		let outcome: unknown;
		const sleeping = abortableSleep(10_000, controller.signal).then(
			() => (outcome = 'slept'),
			(error: unknown) => (outcome = error),
		);
		await jest.advanceTimersByTimeAsync(250);
		expect(outcome).toBeUndefined();
		controller.abort();
		await jest.advanceTimersByTimeAsync(100);
		expect(outcome).toBeInstanceOf(RunCancelledError);
		await sleeping;
	});

	it('without a cancel, sleeps the whole time', async () => {
		jest.useFakeTimers();
		let slept = false;
		const sleeping = abortableSleep(1000, new AbortController().signal).then(() => (slept = true));
		await jest.advanceTimersByTimeAsync(999);
		expect(slept).toBe(false);
		await jest.advanceTimersByTimeAsync(1);
		expect(slept).toBe(true);
		await sleeping;
	});
});
