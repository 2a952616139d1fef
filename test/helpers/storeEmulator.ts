import { Emulator, emulatorCredentials } from '../../emulator';
import type { RunNodeOptions } from './run';

/**
 * An emulator for one test file: started before its tests, stopped after them, and its store
 * and log as new before each test. `onEmulator` gives a run's options pointing at it.
 */
export function storeEmulator(storeSize: number) {
	const emulator = new Emulator({ storeSize, shopline: { bucket: null } });
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStore();
		emulator.reset();
	});
	const onEmulator = (extra: RunNodeOptions = {}): RunNodeOptions => ({ credentials: emulatorCredentials(emulator), ...extra });
	return { emulator, onEmulator };
}
