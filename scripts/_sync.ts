import { benchUserFolder } from './lib/benchEnv';
import { rmSync } from 'node:fs';
import { EmulatorProcess } from './lib/emulatorProcess';
import { measureSync, syncTable } from './lib/benchSync';
(async () => {
	const emulator = await EmulatorProcess.start(['--store-size', '10000']);
	try {
		const url = emulator.url;
		const rows = await measureSync(emulator, { tmapi1688Api: { apiToken: 'emulator-tmapi-token', host: 'custom', customBaseUrl: url }, shoplineApi: { storeHandle: 'bench', accessToken: 'emulator-shopline-token', apiVersion: 'v20260301', customApiVersion: '', baseUrl: url } }, 10_000);
		console.log(syncTable(rows, 10_000));
	} finally {
		emulator.stop();
		if (benchUserFolder) rmSync(benchUserFolder, { recursive: true, force: true });
	}
})().catch((e) => { console.error(e); process.exit(1); });
